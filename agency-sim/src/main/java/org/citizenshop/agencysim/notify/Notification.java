package org.citizenshop.agencysim.notify;

/** A checked request to send one message; {@code to} is already in its normal form, {@code subject} null for SMS. */
record Notification(Channel channel, String to, String subject, String text) {}
