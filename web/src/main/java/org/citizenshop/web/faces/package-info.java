/** Backing beans of the screens, one per view, with the narrowest scope that works. */
package org.citizenshop.web.faces;
