// SPDX-License-Identifier: GPL-2.0
/*
 * pty-loop: the event loop of a libev-style program that watches a pty
 * master with IOCB_CMD_POLL alone, no epoll beside it.  Each round arms a
 * POLLIN poll of the master, only then has a child write a line on the
 * slave, and waits for the event with io_getevents(); then it reads the
 * line and arms again, as a reactor does.
 *
 *   pty-loop [ROUNDS]   exit 0 when every round got its event and its line,
 *                       2 when the kernel refuses to poll a pty (upstream
 *                       does, unless it is ready at submission)
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/aio_abi.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#define POLL_OPCODE 5	/* IOCB_CMD_POLL */

int main(int argc, char **argv)
{
	int rounds = argc > 1 ? atoi(argv[1]) : 3, round, m, s, status;
	struct timespec ts = { 10, 0 };
	aio_context_t ctx = 0;
	struct io_event ev;
	struct iocb cb, *cbs[1] = { &cb };
	struct termios t;
	char line[64];
	pid_t pid;
	ssize_t n;

	m = posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK);
	if (m < 0 || grantpt(m) || unlockpt(m))
		return perror("pty"), 1;
	s = open(ptsname(m), O_RDWR | O_NOCTTY);
	if (s < 0 || tcgetattr(s, &t))
		return perror("pty slave"), 1;
	cfmakeraw(&t);
	tcsetattr(s, TCSANOW, &t);
	if (syscall(SYS_io_setup, 8, &ctx))
		return perror("io_setup"), 1;

	for (round = 1; round <= rounds; round++) {
		memset(&cb, 0, sizeof(cb));
		cb.aio_lio_opcode = POLL_OPCODE;
		cb.aio_fildes = m;
		cb.aio_buf = POLLIN;
		cb.aio_data = round;
		if (syscall(SYS_io_submit, ctx, 1, cbs) != 1) {
			printf("pty-loop: io_submit: %s%s\n", strerror(errno),
			       errno == EINVAL ?
			       " (this kernel polls no pty: use epoll for it)" : "");
			return 2;
		}
		printf("pty-loop: round %d: POLLIN of the pty master armed\n",
		       round);
		pid = fork();
		if (pid == 0) {
			usleep(100000);
			snprintf(line, sizeof(line), "line %d\n", round);
			_exit(write(s, line, strlen(line)) > 0 ? 0 : 1);
		}
		if (syscall(SYS_io_getevents, ctx, 1, 1, &ev, &ts) != 1) {
			printf("pty-loop: round %d: no event\n", round);
			return 1;
		}
		waitpid(pid, &status, 0);
		if (ev.data != (__u64)round || !(ev.res & POLLIN)) {
			printf("pty-loop: round %d: wrong event data %llu res %#llx\n",
			       round, (unsigned long long)ev.data,
			       (unsigned long long)ev.res);
			return 1;
		}
		n = read(m, line, sizeof(line) - 1);
		if (n <= 0)
			return perror("read"), 1;
		line[n] = 0;
		line[strcspn(line, "\r\n")] = 0;
		printf("pty-loop: round %d: event res %#llx, read \"%s\"\n",
		       round, (unsigned long long)ev.res, line);
	}
	printf("pty-loop: %d of %d rounds got their event\n", rounds, rounds);
	syscall(SYS_io_destroy, ctx);
	return 0;
}
