package org.citizenshop.agencysim.notify;

/** How a message reaches the citizen; the name is also the prefix of its message id. */
enum Channel {
    SMS,
    EMAIL
}
