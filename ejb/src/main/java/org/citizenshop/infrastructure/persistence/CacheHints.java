package org.citizenshop.infrastructure.persistence;

/**
 * The query hint of Hibernate's query cache, by its documented name ({@code HibernateHints.HINT_CACHEABLE}),
 * so that the repositories use only the Jakarta Persistence API. The query cache is switched on in
 * persistence.xml; a cached answer holds the identifiers of the entities found, which come from the
 * second-level cache, and is dropped when a table it read changes through this persistence unit.
 */
final class CacheHints {

    /** Keep the query's answer in the query cache. */
    static final String CACHEABLE = "org.hibernate.cacheable";

    private CacheHints() {}
}
