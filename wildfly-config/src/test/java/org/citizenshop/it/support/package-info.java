/** Test helpers deployed with the application: a fresh shop per test, and callers in given roles. */
package org.citizenshop.it.support;
