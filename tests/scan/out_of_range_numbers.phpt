--TEST--
Numbers out of a C int's range are no code, never another number (the scanner's reader, Guzzle's handler context)
--EXTENSIONS--
sockerr
--FILE--
<?php
$texts = [
    'errno=9999999999', 'errno=-2147483648', 'errno=2147483647', 'errno=-2147483647',
    '[WinError 4294977357]', '[WinError 10061]', '(os error 4294967407)', '[Errno 00000000000000000111]',
    'curl: (4294967303)', 'cURL error 99999999999999999999999', 'SQLSTATE[HY000] [4294969298]',
];
foreach ($texts as $text) {
    $r = sockerr_explain($text, 'linux');
    $f = sockerr_scan($text, 'linux')[0];
    printf("%-36s %-18s native=%-11s curl=%-4s | %s %s native=%s curl=%s\n", $text, $r['error'],
        var_export($r['native'], true), var_export($r['curl']['code'] ?? null, true),
        $f['kind'], $f['error'], var_export($f['native'], true), var_export($f['curl']['code'] ?? null, true));
}
// Guzzle's handler context holds cURL's errno; 4294967303 is 7 only in 32 bits
class RequestException extends RuntimeException {
    public function getHandlerContext(): array { return ['errno' => 4294967303, 'error' => '']; }
}
$r = sockerr_explain(new RequestException('cURL request failed'));
echo $r['error'], ' ', var_export($r['curl'], true), "\n";
?>
--EXPECT--
errno=9999999999                     Unknown            native=NULL        curl=NULL | code Unknown native=NULL curl=NULL
errno=-2147483648                    Unknown            native=NULL        curl=NULL | code Unknown native=NULL curl=NULL
errno=2147483647                     Unknown            native=2147483647  curl=NULL | code Unknown native=2147483647 curl=NULL
errno=-2147483647                    Unknown            native=-2147483647 curl=NULL | code Unknown native=-2147483647 curl=NULL
[WinError 4294977357]                Unknown            native=NULL        curl=NULL | code Unknown native=NULL curl=NULL
[WinError 10061]                     ConnectionRefused  native=10061       curl=NULL | code ConnectionRefused native=10061 curl=NULL
(os error 4294967407)                Unknown            native=NULL        curl=NULL | code Unknown native=NULL curl=NULL
[Errno 00000000000000000111]         ConnectionRefused  native=111         curl=NULL | code ConnectionRefused native=111 curl=NULL
curl: (4294967303)                   Unknown            native=NULL        curl=NULL | curl Unknown native=NULL curl=NULL
cURL error 99999999999999999999999   Unknown            native=NULL        curl=NULL | curl Unknown native=NULL curl=NULL
SQLSTATE[HY000] [4294969298]         Unknown            native=NULL        curl=NULL | envelope Unknown native=NULL curl=NULL
Unknown NULL
