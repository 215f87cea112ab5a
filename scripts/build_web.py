"""Copy the dashboard's scripts, styles and map shapes from web/node_modules (installed from
the npm registry by `make install`: `npm ci --prefix web`) into the package's static folder
src/detente/api/static/vendor/. Nothing here is committed and nothing is fetched from a CDN.

vega-interpreter ships only as an ES module importing 'vega-util'; it is turned into a classic
script over the `vega` global (which re-exports vega-util), so that the charts run under a
Content-Security-Policy without 'unsafe-eval' (Vega's CSP mode: `ast: true`).
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODULES = ROOT / "web" / "node_modules"
VENDOR = ROOT / "src" / "detente" / "api" / "static" / "vendor"

FILES = {
    "vega/build/vega.min.js": "vega.min.js",
    "vega-lite/build/vega-lite.min.js": "vega-lite.min.js",
    "vega-embed/build/vega-embed.min.js": "vega-embed.min.js",
    "leaflet/dist/leaflet.js": "leaflet.js",
    "leaflet/dist/leaflet.css": "leaflet.css",
    "topojson-client/dist/topojson-client.min.js": "topojson-client.min.js",
    "world-atlas/countries-110m.json": "countries-110m.json",
    "swagger-ui-dist/swagger-ui-bundle.js": "swagger-ui-bundle.js",
    "swagger-ui-dist/swagger-ui.css": "swagger-ui.css",
}


def interpreter_script(module_text: str) -> str:
    """vega-interpreter's ES module as a classic script that sets ``vega.expressionInterpreter``."""
    text, imports = re.subn(r"^import \{([^}]*)\} from 'vega-util';$", r"const {\1} = vega;", module_text, flags=re.M)
    text, exports = re.subn(
        r"^export \{ expression as expressionInterpreter \};$",
        "vega.expressionInterpreter = expression;",
        text,
        flags=re.M,
    )
    if imports != 1 or exports != 1:
        raise SystemExit("build_web: vega-interpreter's module has changed shape; update scripts/build_web.py")
    return "(function () {\n" + text + "\n})();\n"


def main() -> int:
    if not MODULES.is_dir():
        print("build_web: web/node_modules is missing: run `npm ci --prefix web` first", file=sys.stderr)
        return 1
    VENDOR.mkdir(parents=True, exist_ok=True)
    for source, target in FILES.items():
        shutil.copyfile(MODULES / source, VENDOR / target)
    shutil.copytree(MODULES / "leaflet/dist/images", VENDOR / "images", dirs_exist_ok=True)
    module = (MODULES / "vega-interpreter/build/vega-interpreter.js").read_text(encoding="utf-8")
    (VENDOR / "vega-interpreter.js").write_text(interpreter_script(module), encoding="utf-8")
    print(f"build_web: {len(FILES) + 1} files in {VENDOR.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
