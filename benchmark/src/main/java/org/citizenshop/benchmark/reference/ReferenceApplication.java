package org.citizenshop.benchmark.reference;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The bare JAX-RS reference of the load benchmark: deployed as {@code reference.war} (context
 * {@code /reference}) next to the application on the same server, so that the application's figures can be
 * read against what the server gives a resource that does no work.
 */
@ApplicationPath("/")
public class ReferenceApplication extends Application {}
