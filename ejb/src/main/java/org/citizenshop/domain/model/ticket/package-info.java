/** Tickets (senhas): their numbering per shop, letter and day, and their life from issue to service. */
package org.citizenshop.domain.model.ticket;
