/** Time as an injected dependency. */
package org.citizenshop.infrastructure.time;
