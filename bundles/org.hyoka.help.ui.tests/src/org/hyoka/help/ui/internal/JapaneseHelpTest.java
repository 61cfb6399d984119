package org.hyoka.help.ui.internal;

/**
 * {@link HelpTest} again in the start with {@code -nl ja}, where every {@code Japanese*Test} runs: the Help menu's
 * Japanese labels, and the Japanese guide that F1 opens.
 */
class JapaneseHelpTest extends HelpTest {
}
