--TEST--
sockerr_errors(): one row per native code of a platform, in every family, aliases included
--EXTENSIONS--
sockerr
--FILE--
<?php
var_dump(sockerr_errors() === sockerr_errors(sockerr_platform()));
foreach (['linux', 'darwin', 'freebsd', 'openbsd', 'netbsd', 'solaris', 'aix', 'hpux', 'windows'] as $platform) {
    $rows = sockerr_errors($platform);
    $families = array_count_values(array_column($rows, 'family'));
    ksort($families);
    $names = array_column($rows, 'name');
    $shape = array_unique(array_map(fn ($r) => implode(',', array_keys($r)), $rows));
    printf("%-8s %s; unique names: %s; keys: %s\n", $platform,
        implode(' ', array_map(fn ($f, $n) => "$f=$n", array_keys($families), $families)),
        count($names) === count(array_unique($names)) ? 'yes' : 'no', implode(' | ', $shape));
    foreach ($rows as $row) {
        if (SocketError::fromName($row['error'])->name !== $row['error']
            || SocketError::fromName($row['name'])->name !== $row['error'] && $platform === 'linux') {
            echo "bad row {$row['name']}\n";
        }
    }
}
?>
--EXPECT--
bool(true)
linux    curl=141 errno=134 resolver=24; unique names: yes; keys: family,name,code,message,error
darwin   curl=141 errno=108 resolver=20; unique names: yes; keys: family,name,code,message,error
freebsd  curl=141 errno=99 resolver=20; unique names: yes; keys: family,name,code,message,error
openbsd  curl=141 errno=96 resolver=20; unique names: yes; keys: family,name,code,message,error
netbsd   curl=141 errno=99 resolver=20; unique names: yes; keys: family,name,code,message,error
solaris  curl=141 errno=122 resolver=18; unique names: yes; keys: family,name,code,message,error
aix      curl=141 errno=113 resolver=16; unique names: yes; keys: family,name,code,message,error
hpux     curl=141 errno=101 resolver=5; unique names: yes; keys: family,name,code,message,error
windows  curl=141 resolver=16 windows=114; unique names: yes; keys: family,name,code,message,error
