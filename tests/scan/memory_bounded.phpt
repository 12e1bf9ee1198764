--TEST--
sockerr_scan(): a bounded cost per finding, $limit caps the count, and a text with more findings than memory_limit allows throws instead of killing the process
--EXTENSIONS--
sockerr
--SKIPIF--
<?php
if (PHP_INT_SIZE !== 8) die('skip the documented cost is for 64-bit builds');
if (getenv('USE_ZEND_ALLOC') === '0') die('skip memory_limit and memory_get_usage() need Zend\'s allocator');
?>
--INI--
memory_limit=32M
--FILE--
<?php
$line = "2026-11-30T04:00:00Z app.ERROR: connect() failed: Connection refused (errno=111)\n";
$text = str_repeat($line, intdiv(5 * 1024 * 1024, strlen($line)));   // 5 MB, two findings a line

// the documented cost: about 712 bytes a finding, its strings shared with the others
$sample = substr($text, 0, 10000 * strlen($line));
$before = memory_get_usage();
$findings = sockerr_scan($sample, 'linux');
$cost = (memory_get_usage() - $before) / count($findings);
// (a debug build's allocator adds 32 bytes to each block, which moves the array and its
// slots up a size class each, 96 and 768 bytes: about 890 a finding there)
$bound = PHP_DEBUG ? 960 : 740;
printf("%d findings, %s\n", count($findings), $cost <= $bound ? 'at most 740 bytes each' : "$cost bytes each");
unset($findings, $sample);

// $limit caps the count; the findings are the first ones
$first = sockerr_scan($text, 'linux', 3);
echo count($first), ' ', implode(',', array_column($first, 'offset')), ' ', $first[2]['error'], "\n";

// all of them do not fit in 32M: a ValueError that says what to do; what it built is freed,
// so a scan right after it has room
try {
    sockerr_scan($text, 'linux');
    echo "returned\n";
} catch (ValueError $e) {
    echo preg_replace('/\(\d+ found/', '(N found', $e->getMessage()), "\n";
}
$after = sockerr_scan(substr($text, 0, 200 * strlen($line)));
echo count($after), " findings after the failure\n";
?>
--EXPECT--
20000 findings, at most 740 bytes each
3 50,70,131 ConnectionRefused
sockerr_scan(): Argument #1 ($text) has more findings than memory_limit leaves room for (N found, about 712 bytes each, 2 MB kept free); pass $limit, or scan it in parts
400 findings after the failure
