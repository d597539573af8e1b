/** JPA implementations of the domain repositories, on the application's one persistence unit. */
package org.citizenshop.infrastructure.persistence;
