/** Messages to citizens (alerts) through the notification gateway: SMS and e-mail over one JSON API. */
package org.citizenshop.integration.notify;
