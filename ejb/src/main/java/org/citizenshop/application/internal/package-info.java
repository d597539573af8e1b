/** The stateless session beans that implement the use cases: load, ask the domain, store, announce, audit. */
package org.citizenshop.application.internal;
