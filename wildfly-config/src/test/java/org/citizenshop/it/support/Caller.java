package org.citizenshop.it.support;

import java.util.concurrent.Callable;

/** Runs a piece of test code with the identity of a given kind of user. */
public interface Caller {

    <T> T call(Callable<T> work) throws Exception;
}
