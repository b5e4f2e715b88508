<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Gui::AccessTab</name>
    <message numerus="yes">
        <location filename="../ui/sharing/accesstab.cpp" line="+144"/>
        <source>Copied %n person(s)</source>
        <translation>
            <numerusform>Copied %n person</numerusform>
            <numerusform>Copied %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Loading the members of %n group(s)...</source>
        <translation>
            <numerusform>Loading the members of %n group...</numerusform>
            <numerusform>Loading the members of %n groups...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n active person(s) can reach %1: %2</source>
        <translation>
            <numerusform>%n active person can reach %1: %2</numerusform>
            <numerusform>%n active people can reach %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>At least %n active person(s) can reach %1: %2</source>
        <translation>
            <numerusform>At least %n active person can reach %1: %2</numerusform>
            <numerusform>At least %n active people can reach %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>; %n deactivated account(s) hold access too</source>
        <translation>
            <numerusform>; %n deactivated account holds access too</numerusform>
            <numerusform>; %n deactivated accounts hold access too</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>; %n deactivated account(s) hold access too (hidden)</source>
        <translation>
            <numerusform>; %n deactivated account holds access too (hidden)</numerusform>
            <numerusform>; %n deactivated accounts hold access too (hidden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Show %n &amp;deactivated</source>
        <translation>
            <numerusform>Show %n &amp;deactivated</numerusform>
            <numerusform>Show %n &amp;deactivated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Saved %n person(s) to %1</source>
        <translation>
            <numerusform>Saved %n person to %1</numerusform>
            <numerusform>Saved %n people to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::ChildGroupsTab</name>
    <message numerus="yes">
        <location filename="../ui/groups/childgroupstab.cpp" line="+272"/>
        <source>Copied %n group names.</source>
        <translation>
            <numerusform>Copied %n group name.</numerusform>
            <numerusform>Copied %n group names.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+552"/>
        <source>%n changes are still being applied.</source>
        <translation>
            <numerusform>%n change is still being applied.</numerusform>
            <numerusform>%n changes are still being applied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::MemberTableView</name>
    <message numerus="yes">
        <location filename="../ui/members/membertableview.cpp" line="+220"/>
        <source>Look up %n name(s) from the text and add them to %1</source>
        <translation>
            <numerusform>Look up %n name from the text and add it to %1</numerusform>
            <numerusform>Look up %n names from the text and add them to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::MembersTab</name>
    <message numerus="yes">
        <location filename="../ui/members/memberstab.cpp" line="+325"/>
        <source>Copied %n member(s)</source>
        <translation>
            <numerusform>Copied %n member</numerusform>
            <numerusform>Copied %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Looking up %n name(s) from the clipboard...</source>
        <translation>
            <numerusform>Looking up %n name from the clipboard...</numerusform>
            <numerusform>Looking up %n names from the clipboard...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Saved %n member(s) to %1</source>
        <translation>
            <numerusform>Saved %n member to %1</numerusform>
            <numerusform>Saved %n members to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Not found (%n): %1</source>
        <translation>
            <numerusform>Not found (%n): %1</numerusform>
            <numerusform>Not found (%n): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>More than one person matches (%n): %1</source>
        <translation>
            <numerusform>More than one person matches (%n): %1</numerusform>
            <numerusform>More than one person matches (%n): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Adding the %n person(s) found; these were not added:</source>
        <translation>
            <numerusform>Adding the %n person found; these were not added:</numerusform>
            <numerusform>Adding the %n people found; these were not added:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n name(s) not added</source>
        <translation>
            <numerusform>%n name not added</numerusform>
            <numerusform>%n names not added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::ReviewListDialog</name>
    <message numerus="yes">
        <location filename="../ui/review/reviewlistdialog.cpp" line="+131"/>
        <source>Delete %n review(s) with their decisions and notes?</source>
        <translation>
            <numerusform>Delete %n review with its decisions and notes?</numerusform>
            <numerusform>Delete %n reviews with their decisions and notes?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::ReviewWindow</name>
    <message numerus="yes">
        <location filename="../ui/review/reviewwindow.cpp" line="+389"/>
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+144"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n grant(s) still undecided: nothing is done to them.</source>
        <translation>
            <numerusform>%n grant still undecided: nothing is done to it.</numerusform>
            <numerusform>%n grants still undecided: nothing is done to them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>Report saved: %n page(s), %1</source>
        <translation>
            <numerusform>Report saved: %n page, %1</numerusform>
            <numerusform>Report saved: %n pages, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::SharingReportExport</name>
    <message numerus="yes">
        <location filename="../ui/sharing/sharingreportexport.cpp" line="+100"/>
        <source>Saved the sharing report of %n group(s) to %1</source>
        <translation>
            <numerusform>Saved the sharing report of %n group to %1</numerusform>
            <numerusform>Saved the sharing report of %n groups to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Saved the sharing report to %1; %n group(s) could not be read in full</source>
        <translation>
            <numerusform>Saved the sharing report to %1; %n group could not be read in full</numerusform>
            <numerusform>Saved the sharing report to %1; %n groups could not be read in full</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The report is saved, but what %n group(s) could not be read is missing from it (rows of kind &quot;error&quot; say so in the file).</source>
        <translation>
            <numerusform>The report is saved, but what %n group could not be read is missing from it (rows of kind &quot;error&quot; say so in the file).</numerusform>
            <numerusform>The report is saved, but what %n groups could not be read is missing from it (rows of kind &quot;error&quot; say so in the file).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::SharingTab</name>
    <message numerus="yes">
        <location filename="../ui/sharing/sharingtab.cpp" line="+348"/>
        <source>Copied %n name(s)</source>
        <translation>
            <numerusform>Copied %n name</numerusform>
            <numerusform>Copied %n names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Saved %n share(s) to %1</source>
        <translation>
            <numerusform>Saved %n share to %1</numerusform>
            <numerusform>Saved %n shares to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Saved %n share(s) to %1; %2 could not be read, so their username and e-mail are empty</source>
        <translation>
            <numerusform>Saved %n share to %1; %2 could not be read, so their username and e-mail are empty</numerusform>
            <numerusform>Saved %n shares to %1; %2 could not be read, so their username and e-mail are empty</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::UsersPanel</name>
    <message numerus="yes">
        <location filename="../ui/users/userspanel.cpp" line="+367"/>
        <source>%1, %n selected</source>
        <comment>the people listed, and how many of them are selected</comment>
        <translation>
            <numerusform>%1, %n selected</numerusform>
            <numerusform>%1, %n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::ActivityEntry</name>
    <message numerus="yes">
        <location filename="../app/models/activitylog.cpp" line="+129"/>
        <source>... and %n other reason(s)</source>
        <translation>
            <numerusform>... and %n other reason</numerusform>
            <numerusform>... and %n other reasons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+536"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Failures retried %n time(s), last at %1</source>
        <translation>
            <numerusform>Failures retried %n time, last at %1</numerusform>
            <numerusform>Failures retried %n times, last at %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::ChangeCommand</name>
    <message numerus="yes">
        <location filename="../app/models/changecommand.cpp" line="+94"/>
        <source>%1 (%n of %2: those made)</source>
        <comment>an undo or redo of a run that made only some of its changes</comment>
        <translation>
            <numerusform>%1 (%n of %2: the one made)</numerusform>
            <numerusform>%1 (%n of %2: those made)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::EffectiveAccessModel</name>
    <message numerus="yes">
        <location filename="../app/models/effectiveaccessmodel.cpp" line="+124"/>
        <source>The members of %n group(s) could not be read, so who they are is not listed (%1): %2</source>
        <translation>
            <numerusform>The members of %n group could not be read, so who they are is not listed (%1): %2</numerusform>
            <numerusform>The members of %n groups could not be read, so who they are is not listed (%1): %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::MemberCountText</name>
    <message numerus="yes">
        <location filename="../app/models/membercounttext.cpp" line="+16"/>
        <source>%Ln members, all active</source>
        <translation>
            <numerusform>%Ln member, active</numerusform>
            <numerusform>%Ln members, all active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln members, none active</source>
        <translation>
            <numerusform>%Ln member, deactivated</numerusform>
            <numerusform>%Ln members, none active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln members: %1 active, %2 deactivated</source>
        <extracomment>%1 active of them, %2 deactivated.</extracomment>
        <translation>
            <numerusform>%Ln member: %1 active, %2 deactivated</numerusform>
            <numerusform>%Ln members: %1 active, %2 deactivated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::MemberOfModel</name>
    <message numerus="yes">
        <location filename="../app/models/memberofmodel.cpp" line="+343"/>
        <source>Add %1 to %Ln groups</source>
        <translation>
            <numerusform>Add %1 to %Ln group</numerusform>
            <numerusform>Add %1 to %Ln groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remove %1 from %Ln groups</source>
        <translation>
            <numerusform>Remove %1 from %Ln group</numerusform>
            <numerusform>Remove %1 from %Ln groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::MembershipPlan</name>
    <message numerus="yes">
        <location filename="../app/models/membershipplan.cpp" line="+35"/>
        <source>%Ln groups</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln shares</source>
        <translation>
            <numerusform>%Ln share</numerusform>
            <numerusform>%Ln shares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+213"/>
        <source>%1; %Ln groups you cannot change are left out: %2</source>
        <translation>
            <numerusform>%1; %Ln group you cannot change is left out: %2</numerusform>
            <numerusform>%1; %Ln groups you cannot change are left out: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The %Ln shares they hold directly stay.</source>
        <translation>
            <numerusform>The %Ln share they hold directly stays.</numerusform>
            <numerusform>The %Ln shares they hold directly stay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::NameList</name>
    <message numerus="yes">
        <location filename="../app/models/namelist.cpp" line="+11"/>
        <source>%1 and %n more</source>
        <comment>the first names of a list, and how many others</comment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::OperationListModel</name>
    <message numerus="yes">
        <location filename="../app/models/operationlistmodel.cpp" line="+204"/>
        <source>Partly done: %Ln failed</source>
        <translation>
            <numerusform>Partly done: %Ln failed</numerusform>
            <numerusform>Partly done: %Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>about %Ln s</source>
        <translation>
            <numerusform>about %Ln s</numerusform>
            <numerusform>about %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>about %Ln min</source>
        <translation>
            <numerusform>about %Ln min</numerusform>
            <numerusform>about %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Waiting for the API&apos;s rate limit, %n s</source>
        <translation>
            <numerusform>Waiting for the API&apos;s rate limit, %n s</numerusform>
            <numerusform>Waiting for the API&apos;s rate limit, %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>%Ln moved</source>
        <translation>
            <numerusform>%Ln moved</numerusform>
            <numerusform>%Ln moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln added</numerusform>
            <numerusform>%Ln added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln removed</numerusform>
            <numerusform>%Ln removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln shared</source>
        <translation>
            <numerusform>%Ln shared</numerusform>
            <numerusform>%Ln shared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln revoked</source>
        <translation>
            <numerusform>%Ln revoked</numerusform>
            <numerusform>%Ln revoked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln already members</source>
        <translation>
            <numerusform>%Ln already a member</numerusform>
            <numerusform>%Ln already members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln not members</source>
        <translation>
            <numerusform>%Ln not a member</numerusform>
            <numerusform>%Ln not members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln already had that access</source>
        <translation>
            <numerusform>%Ln already had that access</numerusform>
            <numerusform>%Ln already had that access</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln had no access</source>
        <translation>
            <numerusform>%Ln had no access</numerusform>
            <numerusform>%Ln had no access</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln cancelled</numerusform>
            <numerusform>%Ln cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln to go</source>
        <translation>
            <numerusform>%Ln to go</numerusform>
            <numerusform>%Ln to go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%Ln × %1</source>
        <comment>how many failed for a reason, the reason</comment>
        <translation>
            <numerusform>%Ln × %1</numerusform>
            <numerusform>%Ln × %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>and %Ln more reasons</source>
        <translation>
            <numerusform>and %Ln more reason</numerusform>
            <numerusform>and %Ln more reasons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::PersonAccessModel</name>
    <message numerus="yes">
        <location filename="../app/models/personaccessmodel.cpp" line="+123"/>
        <source>The shares of %n group(s) could not be read, so whether %1 can reach them is not known (%2): %3</source>
        <translation>
            <numerusform>The shares of %n group could not be read, so whether %1 can reach it is not known (%2): %3</numerusform>
            <numerusform>The shares of %n groups could not be read, so whether %1 can reach them is not known (%2): %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+155"/>
        <source>Looked through %n group(s) (%1); groups outside them are not listed.</source>
        <translation>
            <numerusform>Looked through %n group (%1); groups outside it are not listed.</numerusform>
            <numerusform>Looked through %n groups (%1); groups outside them are not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::PersonAccessScope</name>
    <message numerus="yes">
        <location filename="../app/models/personaccessloader.cpp" line="+41"/>
        <source>the %n group(s) listed</source>
        <translation>
            <numerusform>the %n group listed</numerusform>
            <numerusform>the %n groups listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::ReviewApply</name>
    <message numerus="yes">
        <location filename="../app/models/reviewapply.cpp" line="+356"/>
        <source>%1 would have no manager</source>
        <translation>
            <numerusform>%1 would have no manager</numerusform>
            <numerusform>%1 would have no manager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n removal(s)</source>
        <translation>
            <numerusform>%n removal</numerusform>
            <numerusform>%n removals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n lowering(s)</source>
        <translation>
            <numerusform>%n lowering</numerusform>
            <numerusform>%n lowerings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n grant(s) gone already</source>
        <translation>
            <numerusform>%n grant gone already</numerusform>
            <numerusform>%n grants gone already</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already so</source>
        <translation>
            <numerusform>%n already so</numerusform>
            <numerusform>%n already so</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Apply review %1: %n change(s)</source>
        <translation>
            <numerusform>Apply review %1: %n change</numerusform>
            <numerusform>Apply review %1: %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::ReviewChanges</name>
    <message numerus="yes">
        <location filename="../app/models/reviewstore.cpp" line="+671"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n retired (the grant is gone)</source>
        <translation>
            <numerusform>%n retired (the grant is gone)</numerusform>
            <numerusform>%n retired (the grants are gone)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n back</source>
        <translation>
            <numerusform>%n back</numerusform>
            <numerusform>%n back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::ReviewLoader</name>
    <message numerus="yes">
        <location filename="../app/models/reviewloader.cpp" line="+408"/>
        <source>Reading %1 of %n group(s)</source>
        <translation>
            <numerusform>Reading %1 of %n group</numerusform>
            <numerusform>Reading %1 of %n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Stopped after %1 of %n group(s).</source>
        <translation>
            <numerusform>Stopped after %1 of %n group.</numerusform>
            <numerusform>Stopped after %1 of %n groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Read %n group(s).</source>
        <translation>
            <numerusform>Read %n group.</numerusform>
            <numerusform>Read %n groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n could not be read.</source>
        <translation>
            <numerusform>%n could not be read.</numerusform>
            <numerusform>%n could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::ReviewModel</name>
    <message numerus="yes">
        <location filename="../app/models/reviewmodel.cpp" line="+443"/>
        <source>%1 of %n decided</source>
        <extracomment>The review&apos;s progress: &quot;212 of 480 decided; 31 to remove&quot;.</extracomment>
        <translation>
            <numerusform>%1 of %n decided</numerusform>
            <numerusform>%1 of %n decided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n to remove</source>
        <translation>
            <numerusform>%n to remove</numerusform>
            <numerusform>%n to remove</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n to lower</source>
        <translation>
            <numerusform>%n to lower</numerusform>
            <numerusform>%n to lower</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n applied</source>
        <translation>
            <numerusform>%n applied</numerusform>
            <numerusform>%n applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not applied</source>
        <translation>
            <numerusform>%n not applied</numerusform>
            <numerusform>%n not applied</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::ReviewReport</name>
    <message numerus="yes">
        <location filename="../app/models/reviewreport.cpp" line="+177"/>
        <source>%n group(s): </source>
        <translation>
            <numerusform>%n group: </numerusform>
            <numerusform>%n groups: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::SharePlan</name>
    <message numerus="yes">
        <location filename="../app/models/shareplan.cpp" line="+167"/>
        <source>%1 would have no manager</source>
        <translation>
            <numerusform>%1 would have no manager</numerusform>
            <numerusform>%1 would have no manager</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::UserDropDescription</name>
    <message numerus="yes">
        <location filename="../app/models/userdropdescription.cpp" line="+15"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source> (%n already a member)</source>
        <translation>
            <numerusform> (%n already a member)</numerusform>
            <numerusform> (%n already members)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::Workspace</name>
    <message numerus="yes">
        <location filename="../app/models/workspace.cpp" line="+88"/>
        <location line="+11"/>
        <source>%n users</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+77"/>
        <source>%n groups</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
</context>
</TS>
