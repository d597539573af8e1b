/** Who may call what in the web module, and the protective headers every response carries. */
package org.citizenshop.web.security;
