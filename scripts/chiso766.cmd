@echo off
rem Runs chiso766 with the JVM options of scripts/chiso766 (see there and the README).
rem JAVA_OPTS replaces them, e.g. set JAVA_OPTS=-Xmx2g -XX:+UseParallelGC for data larger than the country's.
rem The jar is the one beside this file (the release zip) or in ..\target\ (the source tree),
rem whatever the current folder; data and site stay relative to the current folder, as on Linux.
rem No class-data archive (AppCDS) here, unlike scripts/chiso766: batch sees file times only as
rem locale-dependent text, Windows cannot replace an archive another run has open, and none of it
rem could be tested on Windows; so this launcher is a little slower to start.
rem
rem Read line by line against scripts/chiso766 (release 0.2.0), never run on Windows:
rem - verified by reading: the same JVM options and JAVA_OPTS rule (LauncherTest checks the text);
rem   the exit code is java's, kept across the code page reset (exit /b); 2 when the jar or java is
rem   missing, as the sh launcher; every path is quoted, the messages too, so that spaces, "&" and
rem   the ")" of "Program Files (x86)" cannot end the if block; the arguments pass as typed;
rem   everything before "chcp 65001" is ASCII, as cmd reads each line in the code page of the moment.
rem - not verified: that Java prints Vietnamese right after chcp 65001 (JDK 17 reads the console's
rem   code page at start); that the 8.3 short name below lets java.exe open a jar whose folder has
rem   Vietnamese letters (java.exe reads its arguments in the ANSI code page, where they may not
rem   exist; volumes without 8.3 names keep the long name); the chcp parsing on every Windows language.
setlocal
for /f "tokens=2 delims=:." %%c in ('chcp') do set "CODEPAGE=%%c"
chcp 65001 >nul
set "JAR=%~dp0chiso766.jar"
if not exist "%JAR%" set "JAR=%~dp0..\target\chiso766.jar"
if not exist "%JAR%" (
  echo Chưa có "%JAR%": hãy chạy "mvn -q -B package -DskipTests" trước. 1>&2
  chcp %CODEPAGE% >nul
  exit /b 2
)
where java >nul 2>nul
if errorlevel 1 (
  echo Không tìm thấy lệnh java: hãy cài Java 17 trở lên (bản JRE là đủ^) rồi chạy lại. 1>&2
  chcp %CODEPAGE% >nul
  exit /b 2
)
for %%j in ("%JAR%") do set "JAR=%%~fsj"
if not defined JAVA_OPTS set "JAVA_OPTS=-Xms1g -Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
java %JAVA_OPTS% -jar "%JAR%" %*
set "STATUS=%ERRORLEVEL%"
chcp %CODEPAGE% >nul
exit /b %STATUS%
