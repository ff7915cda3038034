#ifndef PRAATMAAT_READLINE_SHIM_H
#define PRAATMAAT_READLINE_SHIM_H
// readline.h uses FILE without including stdio.h itself.
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

// readline keeps its settings in C globals; set them here, in one place, so Swift's
// concurrency checks need not see them.
static inline void praatmaat_readline_setup(rl_completion_func_t *complete) {
  rl_catch_signals = 0;   // praatmaat owns SIGINT: Ctrl-C pauses.
  rl_catch_sigwinch = 0;  // resizes are handled between reads.
  rl_readline_name = "praatmaat";
  rl_completer_word_break_characters = "\n";  // complete the whole line: "weet ik niet"
  rl_attempted_completion_function = complete;
}

static inline void praatmaat_readline_no_filenames(void) {
  rl_attempted_completion_over = 1;
}

// A secret answer (`geheim: ja`): the prompt and a star per character, never the letters.
static void praatmaat_secret_redisplay(void) {
  FILE *out = rl_outstream ? rl_outstream : stdout;
  fprintf(out, "\r\033[K%s", rl_prompt ? rl_prompt : "");
  for (int i = 0; i < rl_end; i++) {
    if ((rl_line_buffer[i] & 0xC0) != 0x80) fputc('*', out);  // one star per UTF-8 character
  }
  fflush(out);
}

static inline void praatmaat_readline_secret(int on) {
  rl_redisplay_function = on ? praatmaat_secret_redisplay : rl_redisplay;
}
#endif
