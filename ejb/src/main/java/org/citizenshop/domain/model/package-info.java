/** The domain model: aggregates per sub-package, and the exceptions every aggregate shares. */
package org.citizenshop.domain.model;
