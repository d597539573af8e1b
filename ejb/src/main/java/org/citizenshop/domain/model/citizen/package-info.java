/** Citizens' identifiers as value types that validate themselves (identifiers.md). */
package org.citizenshop.domain.model.citizen;
