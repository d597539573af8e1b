/** Citizens' identifiers, names and postal codes as value types that validate themselves (identifiers.md). */
package org.citizenshop.domain.model.citizen;
