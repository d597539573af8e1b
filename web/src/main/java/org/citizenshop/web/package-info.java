/** The one web module: kiosk, desk and board screens (Faces + PrimeFaces) and the public REST API. */
package org.citizenshop.web;
