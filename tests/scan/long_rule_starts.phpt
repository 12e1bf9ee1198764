--TEST--
sockerr_scan(): a rule whose literal start is 8 to 11, 12 to 15, or 16 bytes and more is found right up to the text's end; words that begin like one and go on otherwise find nothing
--EXTENSIONS--
sockerr
--FILE--
<?php
// Before the automaton runs where such a rule may start, the scanner looks up the start's first
// 12 or 16 bytes (may_start() in src/scan.re): these end 8 to 16 bytes after their start.
$show = fn (string $text) => json_encode(array_map(fn ($f) => [$f['offset'], $f['length'], $f['kind'], $f['error']], sockerr_scan($text)));
// rules whose literal start is 8 to 11 bytes, 12 to 15, and 16 and more, each at the text's end
// (8 to 16 bytes left after the start) and followed by more
foreach (['NXDOMAIN', 'ENOTFOUND', 'i/o timeout', 'error code 111', 'Connection lost', 'ConnectionReset',
        'lookup db: no such host', 'Connection to db:5432 refused', 'SocketException (10061)', 'curl error 28',
        'Empty reply from server', 'Failed to connect to db port 5432: Connection refused', 'ETIMEDOUT'] as $sample) {
    printf("%-55s %s %s\n", $sample, $show("x $sample"), $show("x $sample, and more words after it") === $show("x $sample") ? 'same with more after it' : 'DIFFERS with more after it');
}
// words that begin as such a start does and go on otherwise: nothing
foreach (['connecting to db', 'failed to open stream', 'SocketException: boom', 'Connection pool exhausted',
        'connect to host github.com', 'getaddrinfo called', 'Failed to load config', 'errors'] as $sample) {
    printf("%-55s %s\n", $sample, $show($sample));
}
?>
--EXPECT--
NXDOMAIN                                                [[2,8,"envelope","HostNotFound"]] same with more after it
ENOTFOUND                                               [[2,9,"envelope","HostNotFound"]] same with more after it
i/o timeout                                             [[2,11,"envelope","TimedOut"]] same with more after it
error code 111                                          [[2,14,"code","ConnectionRefused"]] same with more after it
Connection lost                                         [[2,15,"envelope","Unknown"]] same with more after it
ConnectionReset                                         [[2,15,"envelope","ConnectionReset"]] same with more after it
lookup db: no such host                                 [[11,14,"envelope","HostNotFound"]] same with more after it
Connection to db:5432 refused                           [[2,29,"envelope","ConnectionRefused"]] same with more after it
SocketException (10061)                                 [[2,23,"code","ConnectionRefused"]] same with more after it
curl error 28                                           [[2,13,"curl","TimedOut"]] same with more after it
Empty reply from server                                 [[2,23,"curl","Unknown"]] same with more after it
Failed to connect to db port 5432: Connection refused   [[2,34,"curl","Unknown"],[37,18,"message","ConnectionRefused"]] same with more after it
ETIMEDOUT                                               [[2,9,"symbol","TimedOut"]] same with more after it
connecting to db                                        []
failed to open stream                                   []
SocketException: boom                                   []
Connection pool exhausted                               []
connect to host github.com                              []
getaddrinfo called                                      []
Failed to load config                                   []
errors                                                  []
