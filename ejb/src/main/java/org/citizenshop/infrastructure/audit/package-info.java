/** The audit trail written to the server's AUDIT log category. */
package org.citizenshop.infrastructure.audit;
