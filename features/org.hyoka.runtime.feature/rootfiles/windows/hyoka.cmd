@echo off
rem Starts Hyoka Workbench. There is no native Eclipse launcher on Maven Central, so this script finds a
rem Java 21+ runtime and runs the Equinox launcher jar with the VM arguments an eclipse.ini would hold.
rem
rem   hyoka.cmd [-data WORKSPACE] [-nl ja] [other Eclipse options] [FILE.hyoka ...]
rem                             the workbench, opening the evaluation files named (in the one already running
rem                             on the workspace, if there is one)
rem   hyoka.cmd COMMAND ...     the headless command line: new, scores, validate, export, import-scores, help
rem                             and every command a bundle contributes (hyoka.cmd help lists them)
rem
rem Environment: HYOKA_JAVA (a java executable), JAVA_HOME, HYOKA_VMARGS (extra JVM options).
setlocal
set "REQUIRED=21"
set "HOME_DIR=%~dp0"
set "JAVA_EXE="
if defined HYOKA_JAVA set "JAVA_EXE=%HYOKA_JAVA%"
if not defined JAVA_EXE if exist "%HOME_DIR%jre\bin\java.exe" set "JAVA_EXE=%HOME_DIR%jre\bin\java.exe"
if not defined JAVA_EXE if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for %%J in (java.exe) do set "JAVA_EXE=%%~$PATH:J"
if not defined JAVA_EXE (
  echo hyoka: no Java found. Hyoka Workbench needs Java %REQUIRED% or newer: install it and put it on the PATH or set JAVA_HOME. 1>&2
  exit /b 1
)
set "SPEC="
for /f "usebackq tokens=2 delims==" %%V in (`""%JAVA_EXE%" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version""`) do set "SPEC=%%V"
if not defined SPEC (
  echo hyoka: "%JAVA_EXE%" does not run as a Java runtime. Hyoka Workbench needs Java %REQUIRED% or newer: set JAVA_HOME to one. 1>&2
  exit /b 1
)
set "SPEC=%SPEC: =%"
set "MAJOR=%SPEC%"
if "%SPEC:~0,2%"=="1." set "MAJOR=%SPEC:~2%"
for /f "tokens=1 delims=." %%M in ("%MAJOR%") do set "MAJOR=%%M"
if %MAJOR% LSS %REQUIRED% (
  echo hyoka: "%JAVA_EXE%" is Java %SPEC%, but Hyoka Workbench needs Java %REQUIRED% or newer: set JAVA_HOME to a newer one. 1>&2
  exit /b 1
)
set "LAUNCHER="
for %%L in ("%HOME_DIR%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
if not defined LAUNCHER (
  echo hyoka: the Equinox launcher plugins\org.eclipse.equinox.launcher_*.jar is missing from %HOME_DIR% 1>&2
  exit /b 1
)
rem C2 only for code that is really hot, as in the Unix script (docs/benchmarks.md, "Start-up").
set "JIT=-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000"
rem An application other than the workbench (p2's director, with which docs/partners.md installs, updates and removes
rem features) runs as briefly as a command, and as a command with C1 alone, as in the Unix script (docs/benchmarks.md,
rem "p2's director with C1 alone").
for %%A in (%*) do if /i "%%~A"=="-application" set "JIT=-XX:TieredStopAtLevel=1"
rem Any first word that is not an Eclipse option names a command: bundles contribute commands this script cannot know.
set "FIRST=%~1"
rem an evaluation file, for the workbench (a command's name has no dot)
if /i "%~x1"==".hyoka" goto gui
if "%FIRST%"=="--help" goto cli
if defined FIRST if not "%FIRST:~0,1%"=="-" goto cli
rem Restart Now (after an install or an update) ends the workbench with exit code 23 or 24, which a native launcher
rem answers by starting it again; so does this script, looking the launcher jar up again as an update may replace it.
:gui
rem The serial collector, as in the Unix script (docs/benchmarks.md, "The serial collector").
"%JAVA_EXE%" -Xms64m -Xmx2g -XX:+UseSerialGC %JIT% -Dosgi.requiredJavaVersion=%REQUIRED% --add-modules=ALL-SYSTEM -Dslf4j.internal.verbosity=ERROR -Djava.awt.headless=true %HYOKA_VMARGS% -jar "%LAUNCHER%" -name "Hyoka Workbench" %*
set "CODE=%ERRORLEVEL%"
if "%CODE%"=="23" goto relaunch
if "%CODE%"=="24" goto relaunch
exit /b %CODE%
:relaunch
for %%L in ("%HOME_DIR%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
goto gui

rem The headless command line: no workspace, no splash screen, only the command's own output. C1 alone, as in the
rem Unix script (docs/benchmarks.md, "The command line's compiler").
:cli
"%JAVA_EXE%" -Xmx2g -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dosgi.requiredJavaVersion=%REQUIRED% -Djava.awt.headless=true "-Djava.util.logging.config.file=%HOME_DIR%cli-logging.properties" -Dslf4j.internal.verbosity=ERROR %HYOKA_VMARGS% -jar "%LAUNCHER%" -application org.hyoka.cli.application -data @none -nosplash %*
exit /b %ERRORLEVEL%
