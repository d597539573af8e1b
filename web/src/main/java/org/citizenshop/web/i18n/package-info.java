/** The product's two languages: the resource bundles and the translation of domain messages. */
package org.citizenshop.web.i18n;
