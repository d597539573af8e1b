/** Starting and stopping the one Camel context of the application, its configuration and its error handling. */
package org.citizenshop.integration.camel;
