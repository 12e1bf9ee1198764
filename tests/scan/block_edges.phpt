--TEST--
sockerr_scan(): a finding is found alike wherever it falls: at every offset across 16-byte blocks and 64-byte chunks, at the end, in a short text
--EXTENSIONS--
sockerr
--FILE--
<?php
// The scanner looks for the starts of its rules and texts sixteen bytes at a time, 64 to a
// chunk, and reads the last few apart; each sample is moved through every offset of two
// chunks, with and without text after it. Some starts are looked up by their first eight bytes
// ('error_code', "Can't connect", '[Errno 1', texts of other languages).
$samples = [
    'ECONNREFUSED', 'Connection refused', 'connect: connection refused', 'EAI_AGAIN',
    'socket_connect(): unable to connect [111]: Connection refused', 'curl: (7) Failed to connect',
    'SQLSTATE[HY000] [2002] No such file or directory', 'errno=110', '(os error 111)',
    'No connection could be made because the target machine actively refused it',
    "Couldn't resolve host 'db'", 'WSAETIMEDOUT', 'error_code=10061', "Can't connect to MySQL server on 'db' (111)",
    '[Errno 111] Connection refused', 'lookup db: no such host', 'Connexion refusée', '由于目标计算机积极拒绝，无法连接。',
];
$show = fn (array $found, int $shift) => json_encode(array_map(
    fn ($f) => [$f['offset'] - $shift, $f['length'], $f['kind'], $f['error'], $f['native'], $f['curl']], $found));
foreach ($samples as $sample) {
    $expected = $show(sockerr_scan($sample), 0);
    $differ = [];
    for ($shift = 0; $shift <= 130; $shift++) {
        foreach (['', ' ', ' and more words after it'] as $after) {
            foreach ([' ', '-', '|'] as $pad) {
                $text = str_repeat($pad, $shift) . $sample . $after;
                if ($show(sockerr_scan($text), $shift) !== $expected) {
                    $differ[] = json_encode($text);
                }
            }
        }
    }
    preg_match('/^.{0,40}/u', $sample, $label); // (cut between characters)
    printf("%-40s %s\n", $label[0], $differ ? 'differs in ' . implode(', ', $differ) : "alike at every offset: $expected");
}
// a letter just before a block's first byte still joins the word: no symbol inside XECONNREFUSED
for ($shift = 0, $found = 0; $shift <= 130; $shift++) {
    $found += count(sockerr_scan(str_repeat('x', $shift + 1) . 'ECONNREFUSED'));
}
echo "inside a longer word: $found findings\n";
?>
--EXPECT--
ECONNREFUSED                             alike at every offset: [[0,12,"symbol","ConnectionRefused",null,null]]
Connection refused                       alike at every offset: [[0,18,"message","ConnectionRefused",null,null]]
connect: connection refused              alike at every offset: [[9,18,"message","ConnectionRefused",null,null]]
EAI_AGAIN                                alike at every offset: [[0,9,"symbol","TryAgain",null,null]]
socket_connect(): unable to connect [111 alike at every offset: [[36,6,"code","ConnectionRefused",111,null],[43,18,"message","ConnectionRefused",null,null]]
curl: (7) Failed to connect              alike at every offset: [[0,9,"curl","Unknown",7,{"code":7,"name":"CURLE_COULDNT_CONNECT","message":"Could not connect to server"}]]
SQLSTATE[HY000] [2002] No such file or d alike at every offset: [[0,22,"envelope","Unknown",null,null],[23,25,"message","AddressNotAvailable",null,null]]
errno=110                                alike at every offset: [[0,9,"code","TimedOut",110,null]]
(os error 111)                           alike at every offset: [[0,14,"code","ConnectionRefused",111,null]]
No connection could be made because the  alike at every offset: [[0,39,"message","ConnectionRefused",10061,null]]
Couldn't resolve host 'db'               alike at every offset: [[0,23,"curl","HostNotFound",6,{"code":6,"name":"CURLE_COULDNT_RESOLVE_HOST","message":"Could not resolve hostname"}]]
WSAETIMEDOUT                             alike at every offset: [[0,12,"symbol","TimedOut",10060,null]]
error_code=10061                         alike at every offset: [[0,16,"code","ConnectionRefused",10061,null]]
Can't connect to MySQL server on 'db' (1 alike at every offset: [[0,42,"code","ConnectionRefused",111,null]]
[Errno 111] Connection refused           alike at every offset: [[0,11,"code","ConnectionRefused",111,null],[12,18,"message","ConnectionRefused",null,null]]
lookup db: no such host                  alike at every offset: [[9,14,"envelope","HostNotFound",null,null]]
Connexion refusée                       alike at every offset: [[0,18,"message","ConnectionRefused",111,null]]
由于目标计算机积极拒绝，无法连接。 alike at every offset: [[0,39,"message","ConnectionRefused",10061,null]]
inside a longer word: 0 findings
