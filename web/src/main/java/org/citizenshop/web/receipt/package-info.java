/** Case receipts: the PDF a kiosk or desk printer prints, with the QR code that opens the case's tracking page. */
package org.citizenshop.web.receipt;
