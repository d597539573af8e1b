/** Daily caps on tickets per service or agency, split into walk-in, appointment and priority shares. */
package org.citizenshop.domain.model.quota;
