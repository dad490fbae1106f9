# vericode worker agent: PID 1 of a worker container. Reads attempts from stdin, answers on stdout.
# Request : 'R' argc {len arg}* filec {len name len data}*      (lengths: 32-bit big-endian)
# Replies : 'H' at start; per attempt 'O'+output chunks, then
#           'X' "<wait status> <events before> <events after>"
#           (events: OOM kills, forks refused at the pids limit)
#           or 'E' "<reason>" when the attempt could not be set up, 'C' when the previous attempt's
#           files could not be removed (the harness then retries on a fresh worker).
#           Every reply is type, length, data.
use strict; use POSIX (); use IO::Select; use File::Path ();
my %prctl = (x86_64 => 157, aarch64 => 167);
my $nr = $prctl{(POSIX::uname())[4]};
syscall($nr, 4, 0, 0, 0, 0) if $nr;  # PR_SET_DUMPABLE 0: the attempt (same uid) cannot open /proc/1/fd
binmode STDIN; binmode STDOUT; chdir '/';  # File::Path will not empty the cwd
sub rd {  # exactly n bytes of the request; EOF (the harness went away) ends the worker
  my $n = shift; my $b = '';
  while (length($b) < $n) { my $r = sysread(STDIN, $b, $n - length($b), length($b)); POSIX::_exit(0) unless $r }
  $b
}
sub num { unpack 'N', rd(4) }
sub msg {
  my $m = $_[0] . pack('N', length $_[1]) . $_[1]; my $o = 0;
  while ($o < length $m) { my $w = syswrite(STDOUT, $m, length($m) - $o, $o); POSIX::_exit(0) unless defined $w; $o += $w }
}
sub counter { my $re = shift; for my $f (@_) { if (open my $h, '<', $f) { while (<$h>) { return $1 if /$re/ } } } 0 }
# cgroup v1 paths first, then v2: OOM kills and refused forks (pids limit reached) so far
sub events {
  join ' ', counter(qr/^oom_kill (\d+)/, '/sys/fs/cgroup/memory/memory.oom_control', '/sys/fs/cgroup/memory.events'),
            counter(qr/^max (\d+)/, '/sys/fs/cgroup/pids/pids.events', '/sys/fs/cgroup/pids.events')
}
sub reap { 1 while waitpid(-1, POSIX::WNOHANG()) > 0 }
sub empty { opendir(my $h, $_[0]) or return 0; my @left = grep { $_ ne '.' && $_ ne '..' } readdir $h; !@left }
# Empty the writable dirs (never following symlinks; entering dirs the attempt made unreadable).
sub clean {
  for my $d ('/work', '/tmp', '/dev/shm') { File::Path::remove_tree($d, {keep_root => 1, safe => 0, error => \my $e}) }
  return 1 if empty('/work') && empty('/tmp');
  # Slow path: the attempt left files its owner cannot delete as they are (chmod 000 dirs).
  system('/bin/sh', '-c', 'chmod -R u+rwx /work /tmp /dev/shm; find /work /tmp /dev/shm -mindepth 1 -delete');
  empty('/work') && empty('/tmp')
}
msg('H', '');
while (1) {
  rd(1) eq 'R' or die "vericode agent: bad request\n";
  my @argv = map { rd(num()) } 1 .. num();
  my @files = map { my $n = rd(num()); [$n, rd(num())] } 1 .. num();
  kill 9, -1; kill 9, -1; reap();
  if (!clean()) { msg('C', 'the work dir could not be cleaned'); next }
  my $bad = '';
  for my $f (@files) {
    my ($name, $data) = @$f;
    if ($name eq '' || $name =~ m{^/} || $name =~ m{(^|/)\.\.(/|$)}) {
      $bad = "file name '$name' leaves the work dir"; last
    }
    my $path = "/work/$name"; (my $dir = $path) =~ s{/[^/]*$}{};
    File::Path::make_path($dir);
    open(my $h, '>', $path) or do { $bad = "cannot write $name: $!"; last };
    binmode $h; print $h $data; close $h or do { $bad = "cannot write $name: $!"; last };
  }
  if ($bad) { msg('E', $bad); next }
  my $before = events();
  pipe(my $r, my $w) or do { msg('E', "pipe: $!"); next };
  pipe(my $er, my $ew) or do { msg('E', "pipe: $!"); next };
  my $pid = fork();
  if (!defined $pid) { msg('E', "fork failed: $!"); next }
  if ($pid == 0) {
    close $r; close $er; chdir '/work';
    open STDIN, '<', '/dev/null'; open STDOUT, '>&', $w; open STDERR, '>&', $w; close $w;
    exec { $argv[0] } @argv;
    syswrite $ew, "cannot start '$argv[0]': $!"; POSIX::_exit(127);
  }
  close $w; close $ew;
  my ($status, $sel) = (undef, IO::Select->new($r));
  while (1) {
    if ($sel->can_read(defined $status ? 1.0 : 0.25)) {
      my $n = sysread($r, my $buf, 65536);
      last unless $n;
      msg('O', $buf); next;
    }
    last if defined $status;  # exited a second ago; a background process holds the output open
    $status = $? if waitpid($pid, POSIX::WNOHANG()) == $pid;
  }
  close $r;
  if (!defined $status) { waitpid($pid, 0); $status = $?; }
  my $err = do { local $/; <$er> } // ''; close $er;
  kill 9, -1; reap();
  if ($err ne '') { msg('E', $err); next }
  msg('X', join(' ', $status, $before, events()));
}
