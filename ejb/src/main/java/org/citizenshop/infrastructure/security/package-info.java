/** What the identity provider says about the caller, read from his OpenID Connect login. */
package org.citizenshop.infrastructure.security;
