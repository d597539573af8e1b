/** Live updates to the display boards: calls arrive on a JMS topic and go out over Faces web sockets. */
package org.citizenshop.web.push;
