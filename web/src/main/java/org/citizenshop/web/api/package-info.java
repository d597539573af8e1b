/** The public REST API ({@code /api/v1}), documented by OpenAPI at {@code /openapi}. */
package org.citizenshop.web.api;
