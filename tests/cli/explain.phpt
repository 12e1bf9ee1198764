--TEST--
bin/sockerr: a code, a symbol, a code of another platform (--platform darwin), a case name and a line of text explained for a person and as JSON (--json is the record sockerr_explain() gives)
--EXTENSIONS--
sockerr
--FILE--
<?php
require __DIR__ . '/cli.inc';
foreach ([['111', '--platform', 'linux'], ['ECONNREFUSED'], ['61', '--platform', 'darwin'], ['ConnectionRefused'], ['-10001', '--platform=linux'],
    ['cURL error 7: Failed to connect to db port 5432 after 3 ms: No route to host'],
    ['cURL', 'error', '28:', 'Operation', 'timed', 'out']] as $args) {
    $r = cli(array_merge($args, ['--json']));
    $input = implode(' ', array_filter($args, fn ($a) => !str_starts_with($a, '--') && !in_array($a, ['linux', 'darwin'], true)));
    $platform = in_array('darwin', $args, true) ? 'darwin' : 'linux';
    $same = json_decode($r['out'], true) === sockerr_explain(preg_match('/^-?\d+$/', $input) ? (int) $input : $input, $platform);
    $human = cli($args);
    echo implode(' ', $args), ": exit {$r['status']}/{$human['status']}, ", $same ? 'the record' : 'not the record', "\n  ",
        implode("\n  ", array_slice(explode("\n", $human['out']), 0, 3)), "\n";
}
$human = cli(['111', '--platform', 'linux'])['out'];
$record = sockerr_explain(111, 'linux');
echo str_contains($human, "\nThe host was reached") && str_contains($human, "\nLikely causes:\n  - {$record['causes'][0]}\n")
    && str_contains($human, "\nWhat to check:\n  - {$record['hints'][0]}\n") && str_ends_with($human, "\nWorth a bounded retry (a few attempts, with backoff)? yes\n")
    ? "summary, causes, hints and transient shown\n" : $human;
echo cli(['explain', 'list'])['status'], " (explain list: the word, not the command)\n";
?>
--EXPECT--
111 --platform linux: exit 0/0, the record
  ConnectionRefused (ECONNREFUSED = 111 on linux, 10061 everywhere)
  Message: Connection refused
  
ECONNREFUSED: exit 0/0, the record
  ConnectionRefused (ECONNREFUSED = 111 on linux, 10061 everywhere)
  Message: Connection refused
  
61 --platform darwin: exit 0/0, the record
  ConnectionRefused (ECONNREFUSED = 61 on darwin, 10061 everywhere)
  Message: Connection refused
  
ConnectionRefused: exit 0/0, the record
  ConnectionRefused (10061 everywhere)
  Message: Connection refused
  
-10001 --platform=linux: exit 0/0, the record
  HostNotFound (HOST_NOT_FOUND = -10001 on linux, 11001 everywhere)
  Message: Unknown host
  
cURL error 7: Failed to connect to db port 5432 after 3 ms: No route to host: exit 0/0, the record
  HostUnreachable (EHOSTUNREACH, 10065 everywhere)
  Message: No route to host
  cURL: CURLE_COULDNT_CONNECT = 7, Could not connect to server
cURL error 28: Operation timed out: exit 0/0, the record
  TimedOut (ETIMEDOUT, 10060 everywhere)
  Message: Operation timed out
  cURL: CURLE_OPERATION_TIMEDOUT = 28, Timeout was reached
summary, causes, hints and transient shown
1 (explain list: the word, not the command)