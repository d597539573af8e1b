/** Shops and their desks: where citizens are served and which clerk sits where. */
package org.citizenshop.domain.model.shop;
