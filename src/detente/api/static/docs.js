"use strict";
// The OpenAPI page: Swagger UI from the installed npm package, never a CDN.
if (typeof SwaggerUIBundle !== "undefined") {
  SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
}
