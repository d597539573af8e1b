/** Errors of the REST API as RFC 9457 problem details, translated, with a correlation id. */
package org.citizenshop.web.problem;
