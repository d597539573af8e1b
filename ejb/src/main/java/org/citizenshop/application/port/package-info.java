/** What the application needs from outside: agency dispatch, announcements to the boards, the audit trail. */
package org.citizenshop.application.port;
