<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccessTab</name>
    <message>
        <location filename="../ui/sharing/accesstab.ui" line="+11"/>
        <location line="+3"/>
        <source>Filter people</source>
        <translation>Personen filtern</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Shows the people whose name, e-mail, username, level or way in holds this text, e.g. a group&apos;s name (Esc clears)</source>
        <translation>Zeigt die Personen, deren Name, E-Mail, Benutzername, Stufe oder Zugangsweg diesen Text enthält, z. B. den Namen einer Gruppe (Esc leert)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show only the people whose highest level is this one</source>
        <translation>Nur die Personen zeigen, deren höchste Stufe diese ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show level</source>
        <translation>Stufe zeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>Who can reach the group</source>
        <translation>Wer Zugang zur Gruppe hat</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Organization admins</source>
        <translation>Organisationsadministratoren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everyone who can read, write or manage the group; hover over a row&apos;s way in for every way they reach it</source>
        <translation>Alle, die die Gruppe lesen, schreiben oder verwalten können; zeigen Sie auf den Zugangsweg einer Zeile, um jeden Weg zu sehen, auf dem sie sie erreichen</translation>
    </message>
</context>
<context>
    <name>ActivityEntryDialog</name>
    <message>
        <location filename="../ui/activity/activityentrydialog.ui" line="+6"/>
        <source>Activity Entry</source>
        <translation>Aktivitätseintrag</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>By:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Groups:</source>
        <translation>Gruppen:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filter by name, username, slug or id</source>
        <translation>Nach Name, Benutzername, Slug oder ID filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter the items</source>
        <translation>Die Einträge filtern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This change was recorded before the log kept whom a change touched: only its counts and message are known.</source>
        <translation>Diese Änderung wurde aufgezeichnet, bevor das Protokoll festhielt, wen eine Änderung betraf: Nur ihre Zahlen und ihre Meldung sind bekannt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Whom the change touched</source>
        <translation>Wen die Änderung betraf</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <location filename="../ui/activity/activitypanel.ui" line="+18"/>
        <source>Filter the activity</source>
        <translation>Aktivität filtern</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Filter by change, group, person, username, id or message</source>
        <translation>Nach Änderung, Gruppe, Person, Benutzername, ID oder Meldung filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the entries whose change, group (name or id), message, or a person or group it touched (name, username, slug or id) holds this text</source>
        <translation>Nur die Einträge, deren Änderung, Gruppe (Name oder ID), Meldung oder eine betroffene Person oder Gruppe (Name, Benutzername, Slug oder ID) diesen Text enthält</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the entries that ended this way</source>
        <translation>Nur die Einträge, die so ausgegangen sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
</context>
<context>
    <name>AddMembersDialog</name>
    <message>
        <location filename="../ui/members/addmembersdialog.ui" line="+14"/>
        <source>Add Members</source>
        <translation>Mitglieder hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pick people in the directory, paste a list, or import a CSV file. Nothing is sent until you press Add.</source>
        <translation>Wählen Sie Personen im Verzeichnis aus, fügen Sie eine Liste ein oder importieren Sie eine CSV-Datei. Gesendet wird erst, wenn Sie auf „Hinzufügen“ klicken.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Search the &amp;Directory</source>
        <translation>Im &amp;Verzeichnis suchen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Paste a List</source>
        <translation>&amp;Liste einfügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ids, usernames, e-mails or full names, one per line or separated by commas, semicolons or tabs. Lines such as “Ada Lopez &lt;ada@example.org&gt;” work too.</source>
        <translation>IDs, Benutzernamen, E-Mail-Adressen oder vollständige Namen, einer pro Zeile oder getrennt durch Kommas, Semikolons oder Tabulatoren. Zeilen wie „Ada Lopez &lt;ada@example.org&gt;“ funktionieren ebenfalls.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>People to add</source>
        <translation>Hinzuzufügende Personen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ada.lopez@example.org
jamal.schmidt
98</source>
        <translation>ada.lopez@example.org
jamal.schmidt
98</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import a &amp;CSV File</source>
        <translation>&amp;CSV-Datei importieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read a CSV file with a column of ids, usernames or e-mails (Ctrl+O)</source>
        <translation>Eine CSV-Datei mit einer Spalte aus IDs, Benutzernamen oder E-Mail-Adressen lesen (Strg+O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose &amp;File…</source>
        <translation>&amp;Datei auswählen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No file chosen.</source>
        <translation>Keine Datei ausgewählt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Co&amp;lumn with ids, usernames or e-mails:</source>
        <translation>Spalte mi&amp;t IDs, Benutzernamen oder E-Mail-Adressen:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Whether the first row holds the columns&apos; titles rather than a person</source>
        <translation>Ob die erste Zeile die Spaltentitel enthält statt einer Person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First row is a &amp;header</source>
        <translation>Erste Zeile ist eine &amp;Kopfzeile</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file&apos;s first rows</source>
        <translation>Die ersten Zeilen der Datei</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Nobody named yet.</source>
        <translation>Noch niemand angegeben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Look the pasted and imported entries up in the directory now (F5)</source>
        <translation>Die eingefügten und importierten Einträge jetzt im Verzeichnis nachschlagen (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chec&amp;k</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Who will be added</source>
        <translation>Wer hinzugefügt wird</translation>
    </message>
</context>
<context>
    <name>AddShareDialog</name>
    <message>
        <location filename="../ui/sharing/addsharedialog.ui" line="+14"/>
        <source>Share</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share with people of the organization, searched in its directory</source>
        <translation>Für Personen der Organisation freigeben, gesucht in ihrem Verzeichnis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Groups</source>
        <translation>&amp;Gruppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share with groups: every member of a group gets the level</source>
        <translation>Für Gruppen freigeben: jedes Mitglied einer Gruppe erhält die Stufe</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Level:</source>
        <translation>S&amp;tufe:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read: see the group and its members. Write: also change its members. Manage: also change its attributes and who it is shared with.</source>
        <translation>Lesen: die Gruppe und ihre Mitglieder sehen. Schreiben: auch ihre Mitglieder ändern. Verwalten: auch ihre Attribute ändern und für wen sie freigegeben ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Permission level</source>
        <translation>Berechtigungsstufe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Manage</source>
        <translation>Verwalten</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Have the Civis Platform e-mail the people shared with (for a group, its members) that they now have access</source>
        <translation>Civis Platform benachrichtigt die Personen, für die freigegeben wird (bei einer Gruppe ihre Mitglieder), per E-Mail über ihren neuen Zugriff</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send an &amp;e-mail to the people shared with</source>
        <translation>E-&amp;Mail an die Personen senden, für die freigegeben wird</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The e-mail&apos;s message (optional); sent only with &quot;Send an e-mail&quot; checked</source>
        <translation>Die Nachricht der E-Mail (optional); nur gesendet, wenn „E-Mail senden“ angehakt ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail message</source>
        <translation>Nachricht der E-Mail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A few words for the e-mail (optional)</source>
        <translation>Ein paar Worte für die E-Mail (optional)</translation>
    </message>
</context>
<context>
    <name>Api::ApiCall</name>
    <message>
        <location filename="../app/api/apicall.cpp" line="+55"/>
        <source>an HTML page came back instead of JSON</source>
        <translation>statt JSON kam eine HTML-Seite zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the body is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the body is not valid JSON (%1 at byte %2 of %3)</source>
        <comment>Qt&apos;s JSON error, where, the body&apos;s size</comment>
        <translation>die Antwort ist kein gültiges JSON (%1 bei Byte %2 von %3)</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>No answer within %1 seconds.</source>
        <translation>Keine Antwort innerhalb von %1 Sekunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer carried no HTTP status.</source>
        <translation>Die Antwort enthielt keinen HTTP-Status.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server sent the request on to %1; only addresses on the same server are followed, so the API key was not sent there.</source>
        <translation>Der Server hat die Anfrage an %1 weitergeleitet; gefolgt wird nur Adressen auf demselben Server, daher wurde der API-Schlüssel nicht dorthin gesendet.</translation>
    </message>
</context>
<context>
    <name>Api::ApiError</name>
    <message>
        <location filename="../app/api/apierror.cpp" line="+39"/>
        <source>The server answered with error %1.</source>
        <comment>an HTTP status</comment>
        <translation>Der Server antwortete mit Fehler %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered with error %1 (%2).</source>
        <comment>an HTTP status, the API&apos;s error code</comment>
        <translation>Der Server antwortete mit Fehler %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not be reached: %1</source>
        <translation>Der Server war nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not answer in time. %1</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s answer could not be read: %1. The change may have been made; reload to check.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden: %1. Die Änderung wurde möglicherweise ausgeführt; laden Sie neu, um es zu prüfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Api::BulkChange</name>
    <message>
        <location filename="../app/api/bulkqueue.cpp" line="+51"/>
        <location line="+2"/>
        <source>group %1</source>
        <comment>a group without its name</comment>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>user %1</source>
        <comment>a user without a name</comment>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add %1 to %2</source>
        <comment>a user, a group</comment>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove %1 from %2</source>
        <comment>a user, a group</comment>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give %1 read access to %2</source>
        <comment>a user or group, the group shared</comment>
        <translation>%2 für %1 zum Lesen freigeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give %1 write access to %2</source>
        <comment>a user or group, the group shared</comment>
        <translation>%2 für %1 zum Schreiben freigeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give %1 manage access to %2</source>
        <comment>a user or group, the group shared</comment>
        <translation>%2 für %1 zum Verwalten freigeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revoke %1&apos;s access to %2</source>
        <comment>a user or group, the group shared</comment>
        <translation>%1 den Zugriff auf %2 entziehen</translation>
    </message>
</context>
<context>
    <name>Api::BulkQueue</name>
    <message>
        <location line="+18"/>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>Api::ConnectionProfiles</name>
    <message>
        <location filename="../app/api/connectionprofiles.cpp" line="+44"/>
        <source>There is no saved connection named &quot;%1&quot;.</source>
        <translation>Es gibt keine gespeicherte Verbindung namens „%1“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The system keychain has no key for &quot;%1&quot;; save the connection again with its key.</source>
        <translation>Der Schlüsselbund des Systems enthält keinen Schlüssel für „%1“; speichern Sie die Verbindung erneut mit ihrem Schlüssel.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The system keychain refused access (it may be locked).</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert (er ist vielleicht gesperrt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system keychain refused access (it may be locked): %1.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert (er ist vielleicht gesperrt): %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain could not delete the key.</source>
        <translation>Der Schlüsselbund des Systems konnte den Schlüssel nicht löschen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system keychain could not delete the key: %1.</source>
        <translation>Der Schlüsselbund des Systems konnte den Schlüssel nicht löschen: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keychain is not available.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system keychain is not available: %1.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key for &quot;%1&quot; could not be saved.</source>
        <translation>Der Schlüssel für „%1“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key for &quot;%1&quot; could not be read.</source>
        <translation>Der Schlüssel für „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key for &quot;%1&quot; could not be removed.</source>
        <translation>Der Schlüssel für „%1“ konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <comment>what went wrong with the keychain, then what it means for the connection</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A saved connection needs a name.</source>
        <translation>Eine gespeicherte Verbindung braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name of a saved connection cannot contain &quot;/&quot; or &quot;\&quot;, as &quot;%1&quot; does.</source>
        <translation>Der Name einer gespeicherten Verbindung darf weder „/“ noch „\\“ enthalten, wie es „%1“ tut.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The key for &quot;%1&quot; is in the system keychain, but the connection could not be written to %2.</source>
        <translation>Der Schlüssel für „%1“ ist im Schlüsselbund des Systems, aber die Verbindung konnte nicht in %2 geschrieben werden.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The key for &quot;%1&quot; was removed from the system keychain, but the connection could not be removed from %2.</source>
        <translation>Der Schlüssel für „%1“ wurde aus dem Schlüsselbund des Systems entfernt, aber die Verbindung konnte nicht aus %2 entfernt werden.</translation>
    </message>
</context>
<context>
    <name>Api::ConnectionSettings</name>
    <message>
        <location filename="../app/api/connectionsettings.cpp" line="+43"/>
        <source>No API address is set.</source>
        <translation>Es ist keine API-Adresse angegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API address &quot;%1&quot; is not a valid URL.</source>
        <translation>Die API-Adresse „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API address &quot;%1&quot; must start with https://.</source>
        <translation>Die API-Adresse „%1“ muss mit https:// beginnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API address must not contain a user name or password; the API key is the only credential.</source>
        <translation>Die API-Adresse darf keinen Benutzernamen und kein Passwort enthalten; der API-Schlüssel ist die einzige Anmeldeinformation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusing to send the API key over plain http:// to %1; use https://. Plain http:// is allowed only for this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>Der API-Schlüssel wird nicht über unverschlüsseltes http:// an %1 gesendet; verwenden Sie https://. Unverschlüsseltes http:// ist nur für diesen Computer erlaubt (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No API key is set.</source>
        <translation>Es ist kein API-Schlüssel angegeben.</translation>
    </message>
</context>
<context>
    <name>Api::PageLoader</name>
    <message>
        <location filename="../app/api/pageloader.cpp" line="+61"/>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; %2</source>
        <comment>what went wrong, then which page (&quot;page 3 of 17&quot;)</comment>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>Api::ShapeError</name>
    <message>
        <location filename="../app/api/records.cpp" line="+14"/>
        <source>%1 %2</source>
        <comment>a field of the answer (members[3].email), then what is wrong with it</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>null</source>
        <comment>what a JSON value is</comment>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <comment>what a JSON value is</comment>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <comment>what a JSON value is</comment>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <comment>what a JSON value is</comment>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <comment>what a JSON value is</comment>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <comment>what a JSON value is</comment>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <comment>what a JSON value is</comment>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be %1, not %2</source>
        <comment>what a value must be, then what it is</comment>
        <translation>muss %1 sein, nicht %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an integer</source>
        <comment>what a JSON value must be</comment>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be an integer, not %1</source>
        <translation>muss eine ganze Zahl sein, nicht %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>is out of range (%1)</source>
        <translation>liegt außerhalb des gültigen Bereichs (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a boolean</source>
        <comment>what a JSON value must be</comment>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a string</source>
        <comment>what a JSON value must be</comment>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an ISO 8601 time</source>
        <comment>what a JSON value must be</comment>
        <translation>eine Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be an ISO 8601 time with a zone, not &quot;%1&quot;</source>
        <translation>muss eine Zeitangabe nach ISO 8601 mit Zeitzone sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an object</source>
        <comment>what a JSON value must be</comment>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>must be an object (%1), not %2</source>
        <comment>the record&apos;s type, then what it is</comment>
        <translation>muss ein Objekt (%1) sein, nicht %2</translation>
    </message>
    <message>
        <location filename="../app/api/records.h" line="+103"/>
        <source>must be an array, not null</source>
        <translation>muss ein Array sein, nicht null</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../app/api/apiclient.cpp" line="+117"/>
        <source>must be a JSON array holding one share index</source>
        <translation>muss ein JSON-Array mit genau einem Freigabeindex sein</translation>
    </message>
    <message>
        <location filename="../app/api/apiclient.h" line="+219"/>
        <source>must be a JSON array of records</source>
        <translation>muss ein JSON-Array von Datensätzen sein</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <location filename="../ui/changes/changespanel.ui" line="+16"/>
        <source>Changes of this session</source>
        <translation>Änderungen dieser Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every membership and share change of this session, in the order they run</source>
        <translation>Jede Mitgliedschafts- und Freigabeänderung dieser Sitzung, in der Reihenfolge ihrer Ausführung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Progress of the selected change</source>
        <translation>Fortschritt der ausgewählten Änderung</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Failed only</source>
        <translation>Nur fehl&amp;geschlagene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the changes that failed or were cancelled</source>
        <translation>Nur die Änderungen zeigen, die fehlgeschlagen sind oder abgebrochen wurden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Each change of the selected operation</source>
        <translation>Jede einzelne Änderung des ausgewählten Vorgangs</translation>
    </message>
</context>
<context>
    <name>ChildGroupsTab</name>
    <message>
        <location filename="../ui/groups/childgroupstab.ui" line="+11"/>
        <source>About the child groups</source>
        <translation>Über die Untergruppen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Child groups</source>
        <translation>Untergruppen</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <location filename="../ui/person/comparisondialog.ui" line="+11"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Filter groups</source>
        <translation>Gruppen filtern</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Shows the groups whose name or slug holds this text (Esc clears)</source>
        <translation>Zeigt die Gruppen, deren Name oder Slug diesen Text enthält (Esc leert)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S&amp;how:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show groups</source>
        <translation>Gruppen zeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group count</source>
        <translation>Anzahl der Gruppen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Groups compared</source>
        <translation>Verglichene Gruppen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export CSV...</source>
        <translation>CSV e&amp;xportieren...</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/connection/connectiondialog.ui" line="+6"/>
        <source>Connect to Civis Platform</source>
        <translation>Mit Civis Platform verbinden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sa&amp;ved connections:</source>
        <translation>&amp;Gespeicherte Verbindungen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Start a new connection</source>
        <translation>Eine neue Verbindung beginnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove the selected saved connection and its key</source>
        <translation>Die ausgewählte gespeicherte Verbindung und ihren Schlüssel entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the saved connection</source>
        <translation>Gespeicherte Verbindung entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Leave empty to connect without saving</source>
        <translation>Leer lassen: nicht speichern</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>API &amp;endpoint:</source>
        <translation>API-&amp;Endpunkt:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>System keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign in with this endpoint and key, without connecting</source>
        <translation>Mit diesem Endpunkt und Schlüssel anmelden, ohne zu verbinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Try the app on made-up demo data on this computer; nothing is sent to Civis Platform</source>
        <translation>Die App mit erfundenen Demodaten auf diesem Computer ausprobieren; nichts wird an Civis Platform gesendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the offline &amp;sandbox</source>
        <translation>Offline-S&amp;andbox verwenden</translation>
    </message>
</context>
<context>
    <name>GroupDetailsTab</name>
    <message>
        <location filename="../ui/groups/groupdetailstab.ui" line="+18"/>
        <source>&amp;Edit...</source>
        <translation>B&amp;earbeiten...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change some attributes (only those you change are sent)</source>
        <translation>Einige Attribute ändern (nur die geänderten werden gesendet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;place...</source>
        <translation>Er&amp;setzen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set every attribute (fields left empty are cleared)</source>
        <translation>Alle Attribute setzen (leere Felder werden geleert)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Group details</source>
        <translation>Gruppendetails</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slug:</source>
        <translation>Slug:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Members:</source>
        <translation>Mitglieder:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two-factor authentication:</source>
        <translation>Zwei-Faktor-Authentifizierung:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role ids:</source>
        <translation>Rollen-IDs:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Role ids</source>
        <translation>Rollen-IDs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default time zone:</source>
        <translation>Standard-Zeitzone:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Default time zone</source>
        <translation>Standard-Zeitzone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default jobs label:</source>
        <translation>Standard-Label für Jobs:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Default jobs label</source>
        <translation>Standard-Label für Jobs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default notebooks label:</source>
        <translation>Standard-Label für Notebooks:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Default notebooks label</source>
        <translation>Standard-Label für Notebooks</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default services label:</source>
        <translation>Standard-Label für Dienste:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Default services label</source>
        <translation>Standard-Label für Dienste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created by:</source>
        <translation>Erstellt von:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last updated:</source>
        <translation>Zuletzt geändert:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last updated</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last updated by:</source>
        <translation>Zuletzt geändert von:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last updated by</source>
        <translation>Zuletzt geändert von</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group id:</source>
        <translation>Gruppen-ID:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Group id</source>
        <translation>Gruppen-ID</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../ui/groups/groupdialog.ui" line="+10"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Überschreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your values over the ones the server holds now</source>
        <translation>Ihre Werte über die speichern, die der Server jetzt hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take the server&apos;s &amp;values</source>
        <translation>&amp;Werte des Servers übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the server&apos;s values of these fields into the form; your other changes stay</source>
        <translation>Die Werte des Servers für diese Felder ins Formular übernehmen; Ihre anderen Änderungen bleiben</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Required, e.g. Boston Office</source>
        <translation>Erforderlich, z. B. Büro Boston</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+28"/>
        <location line="+23"/>
        <location line="+45"/>
        <location line="+23"/>
        <location line="+23"/>
        <location line="+34"/>
        <location line="+23"/>
        <location line="+23"/>
        <location line="+23"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What the group is for</source>
        <translation>Wofür die Gruppe da ist</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>S&amp;lug:</source>
        <translation>S&amp;lug:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. boston-office</source>
        <translation>z. B. buero-boston</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Or&amp;ganization:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization id</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>T&amp;wo-factor authentication:</source>
        <translation>Zwei-&amp;Faktor-Authentifizierung:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Role ids:</source>
        <translation>&amp;Rollen-IDs:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Comma separated, e.g. 3, 7, 12</source>
        <translation>Durch Kommas getrennt, z. B. 3, 7, 12</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Default &amp;time zone:</source>
        <translation>Standard-&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Default &amp;jobs label:</source>
        <translation>Standard-Label für &amp;Jobs:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Default noteboo&amp;ks label:</source>
        <translation>Standard-Label für Noteboo&amp;ks:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Default &amp;services label:</source>
        <translation>Standard-Label für &amp;Dienste:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
</context>
<context>
    <name>GroupListPanel</name>
    <message>
        <location filename="../ui/groups/grouplistpanel.ui" line="+17"/>
        <source>Search groups by name or slug</source>
        <translation>Name oder Slug suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search groups</source>
        <translation>Gruppen suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Containing &amp;users...</source>
        <translation>Mit &amp;Personen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the groups that hold all of the people you pick</source>
        <translation>Nur die Gruppen, die alle ausgewählten Personen enthalten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only the groups you hold at least this permission on</source>
        <translation>Nur die Gruppen, auf die Sie mindestens diese Berechtigung haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My permission</source>
        <translation>Meine Berechtigung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the groups of this organization</source>
        <translation>Nur die Gruppen dieser Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Show groups whatever their members</source>
        <translation>Gruppen unabhängig von ihren Mitgliedern zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the members filter</source>
        <translation>Mitgliederfilter aufheben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
</context>
<context>
    <name>GroupPickerDialog</name>
    <message>
        <location filename="../ui/groups/grouppickerdialog.ui" line="+14"/>
        <source>Pick a Group</source>
        <translation>Gruppe auswählen</translation>
    </message>
</context>
<context>
    <name>GroupPickerWidget</name>
    <message>
        <location filename="../ui/groups/grouppickerwidget.ui" line="+47"/>
        <source>Pick the groups selected in the search results (Enter or double-click)</source>
        <translation>Die in den Suchergebnissen markierten Gruppen übernehmen (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unpick the groups selected in the picked list (Delete)</source>
        <translation>Die in der Liste markierten Gruppen wieder abwählen (Entf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Picked &amp;groups:</source>
        <translation>Ausgewählte Gr&amp;uppen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Picked groups</source>
        <translation>Ausgewählte Gruppen</translation>
    </message>
</context>
<context>
    <name>GroupSearchWidget</name>
    <message>
        <location filename="../ui/groups/groupsearchwidget.ui" line="+29"/>
        <source>Search the groups on the server by name or slug</source>
        <translation>Die Gruppen auf dem Server nach Name oder Slug durchsuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search groups</source>
        <translation>Gruppen suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search groups by name or slug</source>
        <translation>Gruppen nach Name oder Slug suchen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Groups found</source>
        <translation>Gefundene Gruppen</translation>
    </message>
</context>
<context>
    <name>Gui::AccessTab</name>
    <message>
        <location filename="../ui/sharing/accesstab.cpp" line="+54"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+170"/>
        <source>Show &amp;deactivated</source>
        <translation>Dea&amp;ktivierte zeigen</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Also list deactivated accounts that still hold access (dimmed): they cannot sign in, but would reach the group again if reactivated</source>
        <translation>Auch deaktivierte Konten aufführen, die noch Zugriff haben (abgeblendet): Sie können sich nicht anmelden, würden die Gruppe aber nach einer Reaktivierung wieder erreichen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;Export CSV...</source>
        <translation>CSV &amp;exportieren...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save who can reach this group (the rows shown, as filtered and sorted here) as a CSV file</source>
        <translation>Speichern, wer diese Gruppe erreicht (die gezeigten Zeilen, gefiltert und sortiert wie hier), als CSV-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export...</source>
        <translation>Exportieren...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected rows as text, one person a line</source>
        <translation>Die ausgewählten Zeilen als Text kopieren, eine Person pro Zeile</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Copied %n person(s)</source>
        <translation>
            <numerusform>%n Person kopiert</numerusform>
            <numerusform>%n Personen kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Loading the members of %n group(s)...</source>
        <translation>
            <numerusform>Die Mitglieder von %n Gruppe werden geladen...</numerusform>
            <numerusform>Die Mitglieder von %n Gruppen werden geladen...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n active person(s) can reach %1: %2</source>
        <translation>
            <numerusform>%n aktive Person kann %1 erreichen: %2</numerusform>
            <numerusform>%n aktive Personen können %1 erreichen: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>At least %n active person(s) can reach %1: %2</source>
        <translation>
            <numerusform>Mindestens %n aktive Person kann %1 erreichen: %2</numerusform>
            <numerusform>Mindestens %n aktive Personen können %1 erreichen: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>; %n deactivated account(s) hold access too</source>
        <translation>
            <numerusform>; %n deaktiviertes Konto hat ebenfalls Zugriff</numerusform>
            <numerusform>; %n deaktivierte Konten haben ebenfalls Zugriff</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>; %n deactivated account(s) hold access too (hidden)</source>
        <translation>
            <numerusform>; %n deaktiviertes Konto hat ebenfalls Zugriff (ausgeblendet)</numerusform>
            <numerusform>; %n deaktivierte Konten haben ebenfalls Zugriff (ausgeblendet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Show %n &amp;deactivated</source>
        <translation>
            <numerusform>%n Dea&amp;ktiviertes zeigen</numerusform>
            <numerusform>%n Dea&amp;ktivierte zeigen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Loading the shares of %1...</source>
        <translation>Die Freigaben von %1 werden geladen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who can reach %1 is not known: its shares could not be read.</source>
        <translation>Wer %1 erreicht, ist unbekannt: ihre Freigaben konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 gezeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody can reach %1</source>
        <translation>Niemand erreicht %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 manage, %2 write, %3 read</source>
        <translation>%1 Verwalten, %2 Schreiben, %3 Lesen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export Access</source>
        <translation>Zugriff exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 access.csv</source>
        <translation>%1 Zugriff.csv</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Saved %n person(s) to %1</source>
        <translation>
            <numerusform>%n Person in %1 gespeichert</numerusform>
            <numerusform>%n Personen in %1 gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::ActivityEntryDialog</name>
    <message>
        <location filename="../ui/activity/activityentrydialog.cpp" line="+37"/>
        <source>Activity: %1</source>
        <translation>Aktivität: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>1 person or group</source>
        <translation>1 Person oder Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 people or groups</source>
        <translation>%1 Personen oder Gruppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 gezeigt</translation>
    </message>
</context>
<context>
    <name>Gui::ActivityPanel</name>
    <message>
        <location filename="../ui/activity/activitypanel.cpp" line="+83"/>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed or partly done</source>
        <translation>Fehlgeschlagen oder teilweise erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No activity log: not signed in.</source>
        <translation>Kein Aktivitätsprotokoll: nicht angemeldet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Export CSV...</source>
        <translation>CSV &amp;exportieren...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the entries shown (all of them, not only those scrolled to) as a CSV file</source>
        <translation>Die angezeigten Einträge (alle, nicht nur die sichtbaren) als CSV-Datei speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the selected entries as text</source>
        <translation>Die ausgewählten Einträge als Text kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Show Whom It Touched...</source>
        <translation>&amp;Betroffene anzeigen...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the entry: each person or group the change touched, and how it ended for them</source>
        <translation>Den Eintrag öffnen: jede Person oder Gruppe, die die Änderung betraf, und wie sie für sie ausging</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>No changes made yet on this connection</source>
        <translation>Auf dieser Verbindung noch keine Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 change</source>
        <translation>1 Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changes</source>
        <translation>%1 Änderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 changes</source>
        <translation>%1 von %2 Änderungen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Preparing the export...</source>
        <translation>Export wird vorbereitet...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>activity-%1.csv</source>
        <translation>aktivitaet-%1.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the activity log</source>
        <translation>Aktivitätsprotokoll exportieren</translation>
    </message>
</context>
<context>
    <name>Gui::AddMembersDialog</name>
    <message>
        <location filename="../ui/members/addmembersdialog.cpp" line="+140"/>
        <location line="+218"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Add the people marked “To be added” to the group (Ctrl+Return)</source>
        <translation>Die als „Wird hinzugefügt“ markierten Personen zur Gruppe hinzufügen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Resolve Again</source>
        <translation>Erneut &amp;auflösen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look the entries up in the directory again; nothing you entered is lost</source>
        <translation>Die Einträge erneut im Verzeichnis nachschlagen; nichts Eingegebenes geht verloren</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Picked, already a member</source>
        <translation>Ausgewählt, bereits Mitglied</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add Members to %1</source>
        <translation>Mitglieder zu %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import People from a CSV File</source>
        <translation>Personen aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds no rows.</source>
        <translation>%1 enthält keine Zeilen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; the first %2 are shown.</source>
        <translation>%1; die ersten %2 werden gezeigt.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Looking them up…</source>
        <translation>Wird nachgeschlagen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody named yet.</source>
        <translation>Noch niemand angegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add 1 Person</source>
        <translation>1 Person hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add %1 People</source>
        <translation>%1 Personen hinzufügen</translation>
    </message>
</context>
<context>
    <name>Gui::AddShareDialog</name>
    <message>
        <location filename="../ui/sharing/addsharedialog.cpp" line="+27"/>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 people</source>
        <translation>%1 Personen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 group</source>
        <translation>1 Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 groups</source>
        <translation>%1 Gruppen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Share</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the people and groups picked this level on the group (Ctrl+Return)</source>
        <translation>Den ausgewählten Personen und Gruppen diese Stufe auf die Gruppe geben (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share %1</source>
        <translation>%1 freigeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Share &lt;b&gt;%1&lt;/b&gt; with:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; freigeben für:</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Share %1 Groups</source>
        <translation>%1 Gruppen freigeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;People (%1)</source>
        <translation>&amp;Personen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Groups (%1)</source>
        <translation>&amp;Gruppen (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading what the groups are shared with now...</source>
        <translation>Es wird gelesen, für wen die Gruppen jetzt freigegeben sind...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick the people or groups to share with.</source>
        <translation>Wählen Sie die Personen oder Gruppen aus, für die freigegeben werden soll.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 and %2</source>
        <comment>people, groups</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 will get read access to %2.</source>
        <comment>who, which groups</comment>
        <translation>Lesezugriff auf %2 für %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 will get write access to %2.</source>
        <comment>who, which groups</comment>
        <translation>Schreibzugriff auf %2 für %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 will get manage access to %2.</source>
        <comment>who, which groups</comment>
        <translation>Verwaltungszugriff auf %2 für %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+31"/>
        <source>The share could not be started: the connection is closed.</source>
        <translation>Die Freigabe konnte nicht begonnen werden: die Verbindung ist geschlossen.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The groups&apos; shares could not be read, so nothing was sent: %1</source>
        <translation>Die Freigaben der Gruppen konnten nicht gelesen werden, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing to send: everyone picked already holds %1 or more on every group.</source>
        <translation>Nichts zu senden: alle Ausgewählten haben auf jeder Gruppe bereits %1 oder mehr.</translation>
    </message>
</context>
<context>
    <name>Gui::ChangesPanel</name>
    <message>
        <location filename="../ui/changes/changespanel.cpp" line="+107"/>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send nothing more until resumed; what is on its way finishes</source>
        <translation>Nichts mehr senden bis zum Fortsetzen; was unterwegs ist, wird noch abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go on sending the paused change</source>
        <translation>Die angehaltene Änderung weiter senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop: nothing more is sent, and what is on its way is called off</source>
        <translation>Stoppen: nichts mehr wird gesendet, und was unterwegs ist, wird zurückgerufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry &amp;failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send again the changes that failed or were cancelled</source>
        <translation>Die fehlgeschlagenen oder abgebrochenen Änderungen erneut senden</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>No changes yet in this session.</source>
        <translation>In dieser Sitzung noch keine Änderungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adding, removing or moving members and sharing groups show their progress here.</source>
        <translation>Das Hinzufügen, Entfernen oder Verschieben von Mitgliedern und das Freigeben von Gruppen zeigen hier ihren Fortschritt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Why they failed: %1</source>
        <translation>Warum sie fehlschlugen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its changes are no longer kept (it left the undo history).</source>
        <translation>Ihre Einzeländerungen werden nicht mehr aufbewahrt (sie ist nicht mehr im Rückgängig-Verlauf).</translation>
    </message>
</context>
<context>
    <name>Gui::ChildGroupsTab</name>
    <message>
        <location filename="../ui/groups/childgroupstab.cpp" line="+147"/>
        <source>&amp;Go to Group</source>
        <translation>&amp;Zur Gruppe gehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the selected group in the group list, and its tabs (also Enter or a double-click)</source>
        <translation>Die ausgewählte Gruppe in der Gruppenliste zeigen, mit ihren Reitern (auch Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy Names</source>
        <translation>Namen &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the names of the selected groups, one a line</source>
        <translation>Die Namen der ausgewählten Gruppen kopieren, einer pro Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Expand All Loaded</source>
        <translation>Alle geladenen &amp;aufklappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open every group whose child groups are already loaded (asks the server for nothing)</source>
        <translation>Jede Gruppe öffnen, deren Untergruppen schon geladen sind (fragt den Server nichts)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ollapse All</source>
        <translation>A&amp;lle zuklappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close every group, leaving the three categories open</source>
        <translation>Jede Gruppe schließen; die drei Kategorien bleiben offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the server again for this group&apos;s child groups (what is open closes)</source>
        <translation>Den Server erneut nach den Untergruppen dieser Gruppe fragen (was offen ist, wird geschlossen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expand</source>
        <translation>Aufklappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collapse</source>
        <translation>Zuklappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Copied %n group names.</source>
        <translation>
            <numerusform>%n Gruppenname kopiert.</numerusform>
            <numerusform>%n Gruppennamen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select a group to see the groups it holds permissions on.</source>
        <translation>Wählen Sie eine Gruppe aus, um die Gruppen zu sehen, auf die sie Berechtigungen hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The groups %1 may manage, write or read, and theirs in turn. Double-click a group or press Enter to go to it.</source>
        <translation>Die Gruppen, die %1 verwalten, schreiben oder lesen darf, und wiederum deren Gruppen. Doppelklicken Sie auf eine Gruppe oder drücken Sie die Eingabetaste, um zu ihr zu gehen.</translation>
    </message>
</context>
<context>
    <name>Gui::ComparisonDialog</name>
    <message>
        <location filename="../ui/person/comparisondialog.cpp" line="+72"/>
        <source>Compare %1 and %2</source>
        <translation>%1 und %2 vergleichen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Copy to %1...</source>
        <translation>Nach %1 &amp;kopieren...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make %1 a member of every group %2 is in, with the plan shown first</source>
        <translation>%1 zum Mitglied jeder Gruppe machen, in der %2 ist, mit vorher gezeigtem Plan</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reading the groups of %1 and %2...</source>
        <translation>Die Gruppen von %1 und %2 werden gelesen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 gezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 group</source>
        <translation>1 Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 groups</source>
        <translation>%1 Gruppen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export Comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 and %2 groups.csv</source>
        <translation>Gruppen von %1 und %2.csv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved 1 group to %1</source>
        <translation>1 Gruppe in %1 gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1 groups to %2</source>
        <translation>%1 Gruppen in %2 gespeichert</translation>
    </message>
</context>
<context>
    <name>Gui::ConnectionDialog</name>
    <message>
        <location filename="../ui/connection/connectiondialog.cpp" line="+51"/>
        <location line="+6"/>
        <source>Show the key</source>
        <translation>Schlüssel zeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide the key</source>
        <translation>Schlüssel verbergen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Reading the key from the system keychain…</source>
        <translation>Schlüssel wird aus dem Schlüsselbund des Systems gelesen…</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+15"/>
        <source>Paste your Civis API key</source>
        <translation>Ihren Civis-API-Schlüssel einfügen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Removed the saved connection &quot;%1&quot; and its key.</source>
        <translation>Die gespeicherte Verbindung „%1“ und ihr Schlüssel wurden entfernt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove Saved Connection</source>
        <translation>Gespeicherte Verbindung entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the saved connection &quot;%1&quot;? Its key is deleted from the keychain.</source>
        <translation>Die gespeicherte Verbindung „%1“ entfernen? Ihr Schlüssel wird aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Signing in at %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as %1 (%2), %3</source>
        <translation>Angemeldet als %1 (%2), %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test stopped.</source>
        <translation>Test gestoppt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saving the key in the system keychain…</source>
        <translation>Schlüssel wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The key will be used for this session only and not saved.</source>
        <translation>Der Schlüssel wird nur für diese Sitzung verwendet und nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain is not available: the name and address are saved, and the key will be used for this session only.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: Name und Adresse werden gespeichert, der Schlüssel wird nur für diese Sitzung verwendet.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Connecting replaces the saved connection &quot;%1&quot; and its key.</source>
        <translation>Verbinden ersetzt die gespeicherte Verbindung „%1“ und ihren Schlüssel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stop &amp;test</source>
        <translation>Test s&amp;toppen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
</context>
<context>
    <name>Gui::CsvExport</name>
    <message>
        <location filename="../ui/widgets/csvexport.cpp" line="+56"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Gui::GroupDetailsTab</name>
    <message>
        <location filename="../ui/groups/groupdetailstab.cpp" line="+45"/>
        <source>&lt;span style=&quot;color: gray&quot;&gt;Not set&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color: gray&quot;&gt;Nicht gesetzt&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Copy Details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy every value of the group, or the text selected in one</source>
        <translation>Alle Werte der Gruppe kopieren oder den in einem markierten Text</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a group on the left</source>
        <translation>Wählen Sie links eine Gruppe aus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;span style=&quot;color: gray&quot;&gt;Loading...&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color: gray&quot;&gt;Wird geladen...&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Required for new members by default</source>
        <translation>Standardmäßig für neue Mitglieder erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not required by default</source>
        <translation>Standardmäßig nicht erforderlich</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+38"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
</context>
<context>
    <name>Gui::GroupDialog</name>
    <message>
        <location filename="../ui/groups/groupdialog.cpp" line="+151"/>
        <source>Problem with %1</source>
        <translation>Problem mit %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+8"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not set (the API&apos;s default: not required)</source>
        <translation>Nicht gesetzt (Vorgabe der API: nicht erforderlich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not required</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left empty, the server puts the new group in your own organization, the only one it lets you choose.</source>
        <translation>Leer gelassen, legt der Server die neue Gruppe in Ihrer eigenen Organisation an, der einzigen, die er Sie wählen lässt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the fields you change are sent; the others keep whatever the server holds.</source>
        <translation>Nur die geänderten Felder werden gesendet; die anderen behalten, was der Server hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+222"/>
        <source>Replace %1</source>
        <translation>%1 ersetzen</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace sends every field: a field left empty is cleared on the server. You are asked before anything is cleared.</source>
        <translation>Ersetzen sendet jedes Feld: ein leer gelassenes Feld wird auf dem Server geleert. Sie werden gefragt, bevor etwas geleert wird.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>The form changed: %1 checks the server again.</source>
        <translation>Das Formular hat sich geändert: %1 prüft den Server erneut.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing changed yet</source>
        <translation>Noch nichts geändert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your own: %1</source>
        <translation>Ihre eigene: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your own organization</source>
        <translation>Ihre eigene Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stays in %1</source>
        <translation>Bleibt in %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>its organization</source>
        <translation>ihre Organisation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An organization not known here</source>
        <translation>Eine hier unbekannte Organisation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Now %1</source>
        <translation>Jetzt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server holds this value, which is not a time zone this computer knows. It is kept unless you change it.</source>
        <translation>Der Server hat diesen Wert, der keine Zeitzone ist, die dieser Computer kennt. Er bleibt erhalten, wenn Sie ihn nicht ändern.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>• %1 (now “%2”)</source>
        <translation>• %1 (jetzt „%2“)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replacing %1 clears these fields, which are left empty:</source>
        <translation>Das Ersetzen von %1 leert diese Felder, die leer gelassen sind:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace and Clear</source>
        <translation>Ersetzen und leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+218"/>
        <source>Keep Editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Checking %1 on the server…</source>
        <translation>%1 wird auf dem Server geprüft…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating %1…</source>
        <translation>%1 wird erstellt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Waiting…</source>
        <translation>Warten…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop waiting for the server</source>
        <translation>Nicht länger auf den Server warten</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: the server refused the %1.</source>
        <translation>Nicht gespeichert: der Server hat %1 abgelehnt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>clears it</source>
        <translation>leert das Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sets yours: %1</source>
        <translation>setzt Ihren Wert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing: yours is the same</source>
        <translation>nichts: Ihr Wert ist derselbe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>keeps %1 (you did not change it)</source>
        <translation>behält %1 (Sie haben den Wert nicht geändert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changed on the server since you opened this form:</source>
        <translation>%1 hat sich auf dem Server geändert, seit Sie dieses Formular geöffnet haben:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overwrite with your values, take the server&apos;s values into the form, or Cancel.</source>
        <translation>Mit Ihren Werten überschreiben, die Werte des Servers ins Formular übernehmen oder abbrechen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The form holds the server&apos;s %1 now; your other changes are kept.</source>
        <translation>Das Formular enthält jetzt die Werte des Servers für %1; Ihre anderen Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Discard your changes to %1?</source>
        <translation>Ihre Änderungen an %1 verwerfen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard the new group?</source>
        <translation>Die neue Gruppe verwerfen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard the new group %1?</source>
        <translation>Die neue Gruppe %1 verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>Gui::GroupListPanel</name>
    <message>
        <location filename="../ui/groups/grouplistpanel.cpp" line="+66"/>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Any permission</source>
        <translation>Jede Berechtigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I can read</source>
        <translation>Ich darf lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I can write</source>
        <translation>Ich darf schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I can manage</source>
        <translation>Ich darf verwalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All organizations</source>
        <translation>Alle Organisationen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Click Name or Created to sort; the server sorts by those two only</source>
        <translation>Klicken Sie auf Name oder Erstellt, um zu sortieren; der Server sortiert nur nach diesen beiden</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+57"/>
        <source>Showing %1.</source>
        <translation>%1 wird gezeigt.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Looking for %1 on the server...</source>
        <translation>%1 wird auf dem Server gesucht...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot show %1: %2</source>
        <translation>%1 kann nicht gezeigt werden: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Showing %1, found on the server: the list now shows the groups named like it, without its filters (Esc in the search field shows every group).</source>
        <translation>%1 wird gezeigt, auf dem Server gefunden: die Liste zeigt jetzt die Gruppen mit ähnlichem Namen, ohne ihre Filter (Esc im Suchfeld zeigt alle Gruppen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Showing %1, found on the server: the list now shows the groups named like it (Esc in the search field shows every group).</source>
        <translation>%1 wird gezeigt, auf dem Server gefunden: die Liste zeigt jetzt die Gruppen mit ähnlichem Namen (Esc im Suchfeld zeigt alle Gruppen).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is not in the list: the server lists no group by that name that you may read.</source>
        <translation>%1 ist nicht in der Liste: der Server führt keine Gruppe dieses Namens, die Sie lesen dürfen.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Groups containing these people</source>
        <translation>Gruppen, die diese Personen enthalten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Containing: %1</source>
        <translation>Enthält: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Organization %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 groups shown, as loaded before</source>
        <translation>%1 Gruppen gezeigt, wie zuvor geladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading groups...</source>
        <translation>Gruppen werden geladen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 group</source>
        <translation>1 Gruppe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 groups (%2 loaded)</source>
        <translation>%1 Gruppen (%2 geladen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 groups</source>
        <translation>%1 Gruppen</translation>
    </message>
</context>
<context>
    <name>Gui::GroupPickerWidget</name>
    <message>
        <location filename="../ui/groups/grouppickerwidget.cpp" line="+16"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove &amp;All</source>
        <translation>&amp;Alle entfernen</translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+2"/>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 group picked</source>
        <translation>1 Gruppe ausgewählt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 groups picked</source>
        <translation>%1 Gruppen ausgewählt</translation>
    </message>
</context>
<context>
    <name>Gui::GroupTab</name>
    <message>
        <location filename="../ui/widgets/grouptab.cpp" line="+93"/>
        <source>Open &amp;Person</source>
        <translation>&amp;Person öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the person&apos;s page: the groups they are in, what they can reach, and changes to both</source>
        <translation>Die Seite der Person öffnen: die Gruppen, in denen sie ist, was sie erreicht, und Änderungen an beidem</translation>
    </message>
</context>
<context>
    <name>Gui::GroupTreeView</name>
    <message>
        <location filename="../ui/groups/grouptreeview.cpp" line="+192"/>
        <source>Drop on a group to add people to it</source>
        <translation>Auf eine Gruppe ziehen, um ihr Personen hinzuzufügen</translation>
    </message>
</context>
<context>
    <name>Gui::Launcher</name>
    <message>
        <location filename="../ui/launcher.cpp" line="+68"/>
        <source>There is no saved connection named &quot;%1&quot;.</source>
        <translation>Es gibt keine gespeicherte Verbindung namens „%1“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The saved connection &quot;%1&quot; could not be read: %2</source>
        <translation>Die gespeicherte Verbindung „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The offline sandbox did not start: %1</source>
        <translation>Die Offline-Sandbox ist nicht gestartet: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Starting the offline sandbox...</source>
        <translation>Die Offline-Sandbox wird gestartet...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting the offline sandbox was cancelled.</source>
        <translation>Der Start der Offline-Sandbox wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing the offline sandbox: %1 people</source>
        <translation>Die Offline-Sandbox wird vorbereitet: %1 Personen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing the offline sandbox: %1 groups</source>
        <translation>Die Offline-Sandbox wird vorbereitet: %1 Gruppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing the offline sandbox: the groups of %1 people</source>
        <translation>Die Offline-Sandbox wird vorbereitet: die Gruppen von %1 Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the offline sandbox: %1 %2</source>
        <translation>Die Offline-Sandbox wird vorbereitet: %1 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The offline sandbox did not answer: %1</source>
        <translation>Die Offline-Sandbox hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Connecting to %1...</source>
        <translation>Verbindung mit %1 wird hergestellt...</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Connecting was cancelled.</source>
        <translation>Das Verbinden wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not connect to %1: %2</source>
        <translation>Keine Verbindung mit %1 möglich: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel them and connect to %1?</source>
        <translation>Die laufenden Änderungen abbrechen und mit %1 verbinden?</translation>
    </message>
</context>
<context>
    <name>Gui::LoadStatusBar</name>
    <message>
        <location filename="../ui/widgets/loadstatusbar.cpp" line="+20"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask the server again</source>
        <translation>Den Server erneut fragen</translation>
    </message>
</context>
<context>
    <name>Gui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+122"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Changes</source>
        <translation>Än&amp;derungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Activity</source>
        <translation>&amp;Aktivität</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing changed yet</source>
        <translation>Noch nichts geändert</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing to show.</source>
        <translation>Nichts anzuzeigen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+194"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Connected to %1 as %2 (%3)</source>
        <translation>Verbunden mit %1 als %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 - Civis Groups Admin</source>
        <translation>%1 - Civis Groups Admin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Civis Groups Admin</source>
        <translation>Civis Groups Admin</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not connected. Choose File &gt; Connect... to connect.</source>
        <translation>Nicht verbunden. Wählen Sie Datei &gt; Verbinden..., um zu verbinden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Connected to %1 as %2 (%3).</source>
        <translation>Verbunden mit %1 als %2 (%3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline sandbox database: %1</source>
        <translation>Datenbank der Offline-Sandbox: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Civis Groups Admin</source>
        <translation>Über Civis Groups Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Civis Groups Admin %1&lt;/h3&gt;&lt;p&gt;Find and edit the groups of a Civis Platform organization, move people in and out of them in bulk, and review who may read, write and manage each one.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Civis Groups Admin %1&lt;/h3&gt;&lt;p&gt;Die Gruppen einer Organisation in Civis Platform finden und bearbeiten, Personen in großer Zahl hinein- und herausbewegen und prüfen, wer jede einzelne lesen, schreiben und verwalten darf.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cancel them and quit?</source>
        <translation>Die laufenden Änderungen abbrechen und beenden?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (waiting)</source>
        <translation>%1 (wartet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 of %3 done)</source>
        <translation>%1 (%2 von %3 erledigt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes Still Running</source>
        <translation>Änderungen laufen noch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 change is still being applied.</source>
        <translation>1 Änderung wird noch ausgeführt.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n changes are still being applied.</source>
        <translation>
            <numerusform>%n Änderung wird noch ausgeführt.</numerusform>
            <numerusform>%n Änderungen werden noch ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel Them</source>
        <translation>Änderungen abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
</context>
<context>
    <name>Gui::MemberOfTableView</name>
    <message>
        <location filename="../ui/person/memberoftableview.cpp" line="+47"/>
        <source>%1 is already a member of %2</source>
        <translation>%1 ist bereits Mitglied von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is already a member of every group dragged</source>
        <translation>%1 ist bereits Mitglied jeder gezogenen Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
</context>
<context>
    <name>Gui::MemberTableView</name>
    <message numerus="yes">
        <location filename="../ui/members/membertableview.cpp" line="+220"/>
        <source>Look up %n name(s) from the text and add them to %1</source>
        <translation>
            <numerusform>%n Namen aus dem Text nachschlagen und zu %1 hinzufügen</numerusform>
            <numerusform>%n Namen aus dem Text nachschlagen und zu %1 hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::MembersTab</name>
    <message>
        <location filename="../ui/members/memberstab.cpp" line="+66"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active only</source>
        <translation>Nur aktive</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dismiss the names not added</source>
        <translation>Die nicht hinzugefügten Namen ausblenden</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Add Members...</source>
        <translation>&amp;Mitglieder hinzufügen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add people to this group: search the directory, paste a list or import a CSV file</source>
        <translation>Personen zu dieser Gruppe hinzufügen: im Verzeichnis suchen, eine Liste einfügen oder eine CSV-Datei importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove from Group</source>
        <translation>Aus Gruppe &amp;entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected members from this group</source>
        <translation>Die ausgewählten Mitglieder aus dieser Gruppe entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Move to Group...</source>
        <translation>In Gruppe &amp;verschieben...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected members to another group (added there, then removed here)</source>
        <translation>Die ausgewählten Mitglieder in eine andere Gruppe verschieben (dort hinzugefügt, dann hier entfernt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;opy to Group...</source>
        <translation>In Gruppe k&amp;opieren...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the selected members to another group too</source>
        <translation>Die ausgewählten Mitglieder auch zu einer anderen Gruppe hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected members as &quot;Name &lt;e-mail&gt;&quot; lines</source>
        <translation>Die ausgewählten Mitglieder als Zeilen „Name &lt;E-Mail&gt;“ kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the people on the clipboard: copied members, or ids, usernames or e-mails</source>
        <translation>Die Personen aus der Zwischenablage hinzufügen: kopierte Mitglieder oder IDs, Benutzernamen oder E-Mail-Adressen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV...</source>
        <translation>CSV e&amp;xportieren...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the members shown (as filtered and sorted here) as a CSV file</source>
        <translation>Die gezeigten Mitglieder (gefiltert und sortiert wie hier) als CSV-Datei speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add...</source>
        <translation>Hinzufügen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+137"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Move to...</source>
        <translation>Verschieben nach...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to...</source>
        <translation>Kopieren nach...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export...</source>
        <translation>Exportieren...</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Loading members...</source>
        <translation>Mitglieder werden geladen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 members shown</source>
        <translation>%1 von %2 Mitgliedern gezeigt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 member, %1 active</source>
        <translation>1 Mitglied, %1 aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 members, %2 active</source>
        <translation>%1 Mitglieder, %2 aktiv</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 people</source>
        <translation>%1 Personen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove %1 from %2?</source>
        <translation>%1 aus %2 entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from Group</source>
        <translation>Aus Gruppe entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit &gt; Undo adds them back.</source>
        <translation>Bearbeiten &gt; Rückgängig fügt sie wieder hinzu.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Move to Group</source>
        <translation>In Gruppe verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 from %2 to:</source>
        <translation>%1 aus %2 verschieben nach:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy to Group</source>
        <translation>In Gruppe kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add %1 from %2 to:</source>
        <translation>%1 aus %2 hinzufügen zu:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Copied %n member(s)</source>
        <translation>
            <numerusform>%n Mitglied kopiert</numerusform>
            <numerusform>%n Mitglieder kopiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Everyone on the clipboard is already a member of %1</source>
        <translation>Alle aus der Zwischenablage sind bereits Mitglied von %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The clipboard names nobody to add</source>
        <translation>Die Zwischenablage nennt niemanden zum Hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Looking up %n name(s) from the clipboard...</source>
        <translation>
            <numerusform>%n Name aus der Zwischenablage wird nachgeschlagen...</numerusform>
            <numerusform>%n Namen aus der Zwischenablage werden nachgeschlagen...</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export Members</source>
        <translation>Mitglieder exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 members.csv</source>
        <translation>%1 Mitglieder.csv</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Saved %n member(s) to %1</source>
        <translation>
            <numerusform>%n Mitglied in %1 gespeichert</numerusform>
            <numerusform>%n Mitglieder in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2.
%3</source>
        <translation>%1: %2.
%3</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Not found (%n): %1</source>
        <translation>
            <numerusform>Nicht gefunden (%n): %1</numerusform>
            <numerusform>Nicht gefunden (%n): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>More than one person matches (%n): %1</source>
        <translation>
            <numerusform>Mehr als eine Person passt (%n): %1</numerusform>
            <numerusform>Mehr als eine Person passt (%n): %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The directory could not be read: %1</source>
        <translation>Das Verzeichnis konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Adding the %n person(s) found; these were not added:</source>
        <translation>
            <numerusform>Die %n gefundene Person wird hinzugefügt; diese wurden nicht hinzugefügt:</numerusform>
            <numerusform>Die %n gefundenen Personen werden hinzugefügt; diese wurden nicht hinzugefügt:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody was added:</source>
        <translation>Niemand wurde hinzugefügt:</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n name(s) not added</source>
        <translation>
            <numerusform>%n Name nicht hinzugefügt</numerusform>
            <numerusform>%n Namen nicht hinzugefügt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::MembershipPlanDialog</name>
    <message>
        <location filename="../ui/person/membershipplandialog.cpp" line="+27"/>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke share</source>
        <translation>Freigabe entziehen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Copy Memberships</source>
        <translation>Mitgliedschaften übernehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Match &amp;exactly: %1 also leaves the groups %2 is not in</source>
        <translation>&amp;Genau angleichen: %1 verlässt auch die Gruppen, in denen %2 nicht ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the groups of %1 and %2...</source>
        <translation>Die Gruppen von %1 und %2 werden gelesen...</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove from All Groups</source>
        <translation>Aus allen Gruppen entfernen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Also &amp;revoke the share they hold directly</source>
        <translation>Auch die direkt gehaltene Freigabe &amp;entziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also &amp;revoke the %1 shares they hold directly</source>
        <translation>Auch die %1 direkt gehaltenen Freigaben &amp;entziehen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reading the shares of the groups a revoke touches...</source>
        <translation>Die Freigaben der Gruppen, die ein Entziehen betrifft, werden gelesen...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The shares could not be read, so whether a group is left without a manager is not known: %1</source>
        <translation>Die Freigaben konnten nicht gelesen werden, daher ist unbekannt, ob eine Gruppe ohne Verwalter bleibt: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Changes (%1):</source>
        <translation>Ä&amp;nderungen (%1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Left out, you cannot change them (%1):</source>
        <translation>&amp;Ausgelassen, Sie können sie nicht ändern (%1):</translation>
    </message>
</context>
<context>
    <name>Gui::MessageBar</name>
    <message>
        <location filename="../ui/widgets/messagebar.cpp" line="+211"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the message</source>
        <translation>Die Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>Gui::PanelActions</name>
    <message>
        <location filename="../ui/widgets/panelactions.cpp" line="+31"/>
        <source>%1 (%2)</source>
        <extracomment>A tooltip and its action&apos;s shortcut: &quot;Copy the selected rows (Ctrl+C)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Clear filter</source>
        <translation>Filter leeren</translation>
    </message>
</context>
<context>
    <name>Gui::PermissionLevelDelegate</name>
    <message>
        <location filename="../ui/sharing/permissionleveldelegate.cpp" line="+26"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read: see the group; Write: change its members; Manage: also change who may do what</source>
        <translation>Lesen: die Gruppe sehen; Schreiben: ihre Mitglieder ändern; Verwalten: auch ändern, wer was darf</translation>
    </message>
</context>
<context>
    <name>Gui::PersonAccessTab</name>
    <message>
        <location filename="../ui/person/personaccesstab.cpp" line="+57"/>
        <source>Groups you manage</source>
        <translation>Gruppen, die Sie verwalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every group you can read</source>
        <translation>Jede Gruppe, die Sie lesen können</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Groups listed now</source>
        <translation>Jetzt aufgeführte Gruppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The groups the group list shows when Start is pressed (those loaded so far, as filtered)</source>
        <translation>Die Gruppen, die die Gruppenliste beim Drücken von „Starten“ zeigt (die bisher geladenen, wie gefiltert)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Looking up what %1 can reach in %2...</source>
        <translation>Es wird nachgeschlagen, was %1 in %2 erreicht...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Look Up &amp;Again</source>
        <translation>&amp;Erneut nachschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The API cannot say which groups are shared with a person: Start reads the shares of every group looked through.</source>
        <translation>Die API kann nicht sagen, welche Gruppen für eine Person freigegeben sind: „Starten“ liest die Freigaben jeder durchsuchten Gruppe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the shares of %1: %2 of %3 groups...</source>
        <translation>Die Freigaben von %1 werden gelesen: %2 von %3 Gruppen...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 reaches 1 group of the %2 looked through (%3).</source>
        <translation>%1 erreicht 1 Gruppe der %2 durchsuchten (%3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reaches %4 groups of the %2 looked through (%3).</source>
        <translation>%1 erreicht %4 Gruppen der %2 durchsuchten (%3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 share is held directly.</source>
        <translation>1 Freigabe wird direkt gehalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 shares are held directly.</source>
        <translation>%1 Freigaben werden direkt gehalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account is deactivated: it holds this access but cannot sign in.</source>
        <translation>Das Konto ist deaktiviert: Es hat diesen Zugriff, kann sich aber nicht anmelden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The look-up was cancelled: the groups not yet read are not listed.</source>
        <translation>Das Nachschlagen wurde abgebrochen: Die noch nicht gelesenen Gruppen sind nicht aufgeführt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 gezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 group</source>
        <translation>1 Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 groups</source>
        <translation>%1 Gruppen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Access</source>
        <translation>Zugriff exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 access.csv</source>
        <translation>%1 Zugriff.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved the access of %1 to %2</source>
        <translation>Der Zugriff von %1 wurde in %2 gespeichert</translation>
    </message>
</context>
<context>
    <name>Gui::PersonPage</name>
    <message>
        <location filename="../ui/person/personpage.cpp" line="+72"/>
        <source>&amp;Access</source>
        <translation>&amp;Zugriff</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>&amp;Show Group</source>
        <translation>Gruppe an&amp;zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the selected group in the group list</source>
        <translation>Die ausgewählte Gruppe in der Gruppenliste zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to Groups...</source>
        <translation>Zu Gruppen &amp;hinzufügen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make this person a member of groups searched on the server</source>
        <translation>Diese Person zum Mitglied von Gruppen machen, die auf dem Server gesucht werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove from Selected Groups</source>
        <translation>Aus ausgewählten Gruppen &amp;entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this person out of the selected groups</source>
        <translation>Diese Person aus den ausgewählten Gruppen herausnehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy Memberships &amp;From...</source>
        <translation>Mitgliedschaften &amp;übernehmen von...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make this person a member of every group another person is in, with the plan shown first</source>
        <translation>Diese Person zum Mitglied jeder Gruppe machen, in der eine andere Person ist, mit vorher gezeigtem Plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove from A&amp;ll Groups...</source>
        <translation>Aus a&amp;llen Gruppen entfernen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this person out of every group (offboarding), with the plan shown first</source>
        <translation>Diese Person aus jeder Gruppe herausnehmen (Offboarding), mit vorher gezeigtem Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Com&amp;pare With...</source>
        <translation>&amp;Vergleichen mit...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare this person&apos;s groups with another person&apos;s</source>
        <translation>Die Gruppen dieser Person mit denen einer anderen Person vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy Names</source>
        <translation>Namen &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the names of the selected groups, one a line</source>
        <translation>Die Namen der ausgewählten Gruppen kopieren, einer pro Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV...</source>
        <translation>CSV e&amp;xportieren...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the groups shown (as filtered and sorted here) as a CSV file</source>
        <translation>Die gezeigten Gruppen (so gefiltert und sortiert wie hier) als CSV-Datei speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add...</source>
        <translation>Hinzufügen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+140"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Copy From...</source>
        <translation>Übernehmen von...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from All...</source>
        <translation>Aus allen entfernen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare...</source>
        <translation>Vergleichen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export...</source>
        <translation>Exportieren...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copy Memberships From</source>
        <translation>Mitgliedschaften übernehmen von</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare With</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Loading groups...</source>
        <translation>Gruppen werden geladen...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 gezeigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Member of 1 group</source>
        <translation>Mitglied von 1 Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member of %1 groups</source>
        <translation>Mitglied von %1 Gruppen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remove %1 from %2?</source>
        <translation>%1 aus %2 entfernen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from Selected Groups</source>
        <translation>Aus ausgewählten Gruppen entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit &gt; Undo adds them back.</source>
        <translation>Bearbeiten &gt; Rückgängig fügt sie wieder hinzu.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add to Groups</source>
        <translation>Zu Gruppen hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make %1 a member of these groups:</source>
        <translation>%1 zum Mitglied dieser Gruppen machen:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is already a member of every group picked</source>
        <translation>%1 ist bereits Mitglied jeder ausgewählten Gruppe</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pick another person than %1</source>
        <translation>Wählen Sie eine andere Person als %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Copied the name of %1</source>
        <translation>Der Name von %1 wurde kopiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied %1 group names</source>
        <translation>%1 Gruppennamen kopiert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Member Of</source>
        <translation>„Mitglied von“ exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 groups.csv</source>
        <translation>Gruppen von %1.csv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved 1 group to %1</source>
        <translation>1 Gruppe in %1 gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1 groups to %2</source>
        <translation>%1 Gruppen in %2 gespeichert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2.
%3</source>
        <translation>%1: %2.
%3</translation>
    </message>
</context>
<context>
    <name>Gui::ResolutionDelegate</name>
    <message>
        <location filename="../ui/members/addmembersdialog.cpp" line="-296"/>
        <source>Who “%1” means</source>
        <translation>Wer mit „%1“ gemeint ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
</context>
<context>
    <name>Gui::ReviewItemDelegate</name>
    <message>
        <location filename="../ui/review/reviewitemdelegate.cpp" line="+45"/>
        <source>Undecided</source>
        <translation>Nicht entschieden</translation>
    </message>
</context>
<context>
    <name>Gui::ReviewListDialog</name>
    <message>
        <location filename="../ui/review/reviewlistdialog.cpp" line="+25"/>
        <source>Not read yet</source>
        <translation>Noch nicht gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 decided</source>
        <translation>%1 von %2 entschieden</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Delete the review %1 with its decisions and notes?</source>
        <translation>Die Überprüfung %1 mit ihren Entscheidungen und Notizen löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n review(s) with their decisions and notes?</source>
        <translation>
            <numerusform>%n Überprüfung mit ihren Entscheidungen und Notizen löschen?</numerusform>
            <numerusform>%n Überprüfungen mit ihren Entscheidungen und Notizen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Review</source>
        <translation>Überprüfung löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing changes on the server. A report not exported is lost.</source>
        <translation>Auf dem Server ändert sich nichts. Ein nicht exportierter Bericht geht verloren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>Gui::ReviewWindow</name>
    <message>
        <location filename="../ui/review/reviewwindow.cpp" line="+59"/>
        <source>%1: the grant is gone, so it takes no decision.</source>
        <translation>%1: Die Berechtigung ist weg, daher gibt es nichts zu entscheiden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a member of %2: only a share can be lowered.</source>
        <translation>%1 ist Mitglied von %2: Nur eine Freigabe kann herabgesetzt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reaches %2 through %3: its level is that group&apos;s share; keep or remove.</source>
        <translation>%1 erreicht %2 über %3: Die Stufe ist die der Freigabe dieser Gruppe; behalten oder entfernen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds %2 on %3: nothing to lower to.</source>
        <translation>%1 hat %2 auf %3: Es gibt nichts, worauf herabgesetzt werden kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be decided so.</source>
        <translation>%1 kann nicht so entschieden werden.</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Re&amp;open</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Mark Completed</source>
        <translation>Als abgeschlossen &amp;markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the completion date back: the review is open again</source>
        <translation>Das Abschlussdatum zurücknehmen: Die Überprüfung ist wieder offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the review completed, for the report</source>
        <translation>Die Überprüfung mit Datum als abgeschlossen vermerken, für den Bericht</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Undecided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 of %3 rows; the others do not allow it.</source>
        <translation>%1: %2 von %3 Zeilen; die anderen lassen es nicht zu.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n Zeile</numerusform>
            <numerusform>%1: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Access review: %1 (completed)</source>
        <translation>Zugriffsüberprüfung: %1 (abgeschlossen)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access review: %1</source>
        <translation>Zugriffsüberprüfung: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening the review...</source>
        <translation>Die Überprüfung wird geöffnet...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading what the server holds now...</source>
        <translation>Der aktuelle Stand des Servers wird gelesen...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read from the server %1</source>
        <translation>Vom Server gelesen %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed %1</source>
        <translation>Abgeschlossen %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing was applied: what the server holds now could not be read: %1</source>
        <translation>Nichts wurde angewendet: Der aktuelle Stand des Servers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to apply: no Remove or Lower is waiting to be made.</source>
        <translation>Nichts anzuwenden: Kein Entfernen oder Herabsetzen steht noch aus.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gone before apply, not sent (the report lists them): %1.</source>
        <translation>Vor dem Anwenden weg, nicht gesendet (der Bericht führt sie auf): %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n grant(s) still undecided: nothing is done to them.</source>
        <translation>
            <numerusform>%n Berechtigung noch nicht entschieden: Mit ihr geschieht nichts.</numerusform>
            <numerusform>%n Berechtigungen noch nicht entschieden: Mit ihnen geschieht nichts.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It runs as one change in the main window&apos;s Changes dock, undone at once with Edit &gt; Undo.</source>
        <translation>Es läuft als eine Änderung im Änderungen-Dock des Hauptfensters und wird mit Bearbeiten &gt; Rückgängig auf einmal zurückgenommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply Review</source>
        <translation>Überprüfung anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the review %1 now?</source>
        <translation>Die Überprüfung %1 jetzt anwenden?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Applying: %1</source>
        <translation>Wird angewendet: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was sent: the grants asked for are gone, or already as decided.</source>
        <translation>Nichts wurde gesendet: Die betroffenen Berechtigungen sind weg oder schon wie entschieden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not save: %1</source>
        <translation>Konnte nicht speichern: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Access review</source>
        <translation>Zugriffsüberprüfung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export Review Report as PDF</source>
        <translation>Überprüfungsbericht als PDF exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Review as CSV</source>
        <translation>Überprüfung als CSV exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF-Dateien (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Report saved: %n page(s), %1</source>
        <translation>
            <numerusform>Bericht gespeichert: %n Seite, %1</numerusform>
            <numerusform>Bericht gespeichert: %n Seiten, %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report saved: %1</source>
        <translation>Bericht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report was not saved to %1: %2</source>
        <translation>Der Bericht wurde nicht unter %1 gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>Gui::Session</name>
    <message>
        <location filename="../ui/session.cpp" line="+108"/>
        <source>sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 @ %2</source>
        <extracomment>As whom @ where, e.g. &quot;jdoe @ api.civisanalytics.com&quot;.</extracomment>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>Gui::SharePlanConfirmation</name>
    <message>
        <location filename="../ui/sharing/shareplanconfirmation.cpp" line="+33"/>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No user and no group could then change its members, its shares or its details; only an organization admin could give someone manage again.</source>
        <translation>Kein Benutzer und keine Gruppe könnte dann ihre Mitglieder, ihre Freigaben oder ihre Details ändern; nur ein Administrator der Organisation könnte jemandem wieder Verwalten geben.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Keep Higher Levels?</source>
        <translation>Höhere Stufen behalten?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 share would be lowered to %1:</source>
        <translation>1 Freigabe würde auf %1 herabgesetzt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 shares would be lowered to %2:</source>
        <translation>%1 Freigaben würden auf %2 herabgesetzt:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep Higher Levels leaves them their access and gives %1 to the others; Set Exactly %1 lowers them too.</source>
        <translation>„Höhere Stufen behalten“ lässt ihnen ihren Zugriff und gibt den anderen %1; „Genau %1 setzen“ setzt auch sie herab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With Set Exactly %1: %2</source>
        <translation>Mit „Genau %1 setzen“: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep Higher Levels</source>
        <translation>&amp;Höhere Stufen behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;Exactly %1</source>
        <translation>&amp;Genau %1 setzen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Leave a Group Without a Manager?</source>
        <translation>Eine Gruppe ohne Verwalter lassen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave Groups Without a Manager?</source>
        <translation>Gruppen ohne Verwalter lassen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go on all the same?</source>
        <translation>Trotzdem fortfahren?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Leave It Without a Manager</source>
        <translation>&amp;Ohne Verwalter lassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Leave Them Without a Manager</source>
        <translation>&amp;Ohne Verwalter lassen</translation>
    </message>
</context>
<context>
    <name>Gui::SharingReportExport</name>
    <message>
        <location filename="../ui/sharing/sharingreportexport.cpp" line="+43"/>
        <location line="+52"/>
        <location line="+16"/>
        <source>Export Sharing Report</source>
        <translation>Freigabebericht exportieren</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Reading who can reach the groups: %1 of %2 done...</source>
        <translation>Es wird gelesen, wer die Gruppen erreicht: %1 von %2 erledigt...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sharing report cancelled</source>
        <translation>Freigabebericht abgebrochen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sharing report %1.csv</source>
        <translation>Freigabebericht %1.csv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sharing report not saved</source>
        <translation>Freigabebericht nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved the sharing report of %n group(s) to %1</source>
        <translation>
            <numerusform>Freigabebericht von %n Gruppe in %1 gespeichert</numerusform>
            <numerusform>Freigabebericht von %n Gruppen in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Saved the sharing report to %1; %n group(s) could not be read in full</source>
        <translation>
            <numerusform>Freigabebericht in %1 gespeichert; %n Gruppe konnte nicht vollständig gelesen werden</numerusform>
            <numerusform>Freigabebericht in %1 gespeichert; %n Gruppen konnten nicht vollständig gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>... and %n more</source>
        <translation>
            <numerusform>... und %n weitere</numerusform>
            <numerusform>... und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The report is saved, but what %n group(s) could not be read is missing from it (rows of kind &quot;error&quot; say so in the file).</source>
        <translation>
            <numerusform>Der Bericht ist gespeichert, aber was von %n Gruppe nicht gelesen werden konnte, fehlt darin (Zeilen der Art „error“ sagen es in der Datei).</numerusform>
            <numerusform>Der Bericht ist gespeichert, aber was von %n Gruppen nicht gelesen werden konnte, fehlt darin (Zeilen der Art „error“ sagen es in der Datei).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::SharingTab</name>
    <message>
        <location filename="../ui/sharing/sharingtab.cpp" line="+177"/>
        <source>&amp;Add Share...</source>
        <translation>&amp;Freigabe hinzufügen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give people or groups access to this group</source>
        <translation>Personen oder Gruppen Zugriff auf diese Gruppe geben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change Access</source>
        <translation>Zugriff &amp;ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the access of the current row: read, write or manage</source>
        <translation>Den Zugriff der aktuellen Zeile ändern: Lesen, Schreiben oder Verwalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Revoke Access</source>
        <translation>Zugriff &amp;entziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take away the access of the selected people and groups</source>
        <translation>Den ausgewählten Personen und Gruppen den Zugriff entziehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy Names</source>
        <translation>Namen &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the names of the selected people and groups, one a line</source>
        <translation>Die Namen der ausgewählten Personen und Gruppen kopieren, einer pro Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV...</source>
        <translation>CSV e&amp;xportieren...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the shares shown (as filtered and sorted here) as a CSV file</source>
        <translation>Die gezeigten Freigaben (gefiltert und sortiert wie hier) als CSV-Datei speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add...</source>
        <translation>Hinzufügen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+123"/>
        <source>Revoke</source>
        <translation>Entziehen</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Export...</source>
        <translation>Exportieren...</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Loading shares...</source>
        <translation>Freigaben werden geladen...</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Revoke the access of %1 to %2?</source>
        <translation>%1 den Zugriff auf %2 entziehen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revoke Access</source>
        <translation>Zugriff entziehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Edit &gt; Undo gives it back.</source>
        <translation>Bearbeiten &gt; Rückgängig gibt ihn zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke, Leaving No Manager</source>
        <translation>Entziehen, ohne Verwalter</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Copied %n name(s)</source>
        <translation>
            <numerusform>%n Name kopiert</numerusform>
            <numerusform>%n Namen kopiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the e-mails of the people %1 is shared with...</source>
        <translation>Die E-Mail-Adressen der Personen, für die %1 freigegeben ist, werden gelesen...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export Shares</source>
        <translation>Freigaben exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 shares.csv</source>
        <translation>%1 Freigaben.csv</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>Saved %n share(s) to %1</source>
        <translation>
            <numerusform>%n Freigabe in %1 gespeichert</numerusform>
            <numerusform>%n Freigaben in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Dismiss the message</source>
        <translation>Die Meldung ausblenden</translation>
    </message>
    <message numerus="yes">
        <location line="+262"/>
        <source>Saved %n share(s) to %1; %2 could not be read, so their username and e-mail are empty</source>
        <translation>
            <numerusform>%n Freigabe in %1 gespeichert; %2 konnten nicht gelesen werden, daher sind ihr Benutzername und ihre E-Mail-Adresse leer</numerusform>
            <numerusform>%n Freigaben in %1 gespeichert; %2 konnten nicht gelesen werden, daher sind ihr Benutzername und ihre E-Mail-Adresse leer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manage</source>
        <translation>&amp;Verwalten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing to change: everyone dropped already holds %1 or more on %2</source>
        <translation>Nichts zu ändern: alle Abgelegten haben bereits %1 oder mehr auf %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not changed:
%1</source>
        <translation>Nicht geändert:
%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>Gui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="+36"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Search the group list: search now</source>
        <translation>Gruppenliste durchsuchen: jetzt suchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Search fields: clear the search</source>
        <translation>Suchfelder: die Suche leeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group list: show the group&apos;s tabs</source>
        <translation>Gruppenliste: die Reiter der Gruppe zeigen</translation>
    </message>
</context>
<context>
    <name>Gui::StartReviewDialog</name>
    <message>
        <location filename="../ui/review/startreviewdialog.cpp" line="+30"/>
        <source>&amp;Start Review</source>
        <translation>Überprüfung &amp;starten</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Name the review, for instance after the quarter and the groups it covers.</source>
        <translation>Benennen Sie die Überprüfung, etwa nach dem Quartal und den Gruppen, die sie umfasst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the groups to review, or review every group you manage.</source>
        <translation>Wählen Sie die zu überprüfenden Gruppen, oder überprüfen Sie jede Gruppe, die Sie verwalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what to review: members, shares to people or shares to groups.</source>
        <translation>Wählen Sie, was überprüft wird: Mitglieder, Freigaben an Personen oder Freigaben an Gruppen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Listing the groups you manage...</source>
        <translation>Die Gruppen, die Sie verwalten, werden aufgelistet...</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The groups you manage could not be listed: %1</source>
        <translation>Die Gruppen, die Sie verwalten, konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You manage no group: there is nothing to review.</source>
        <translation>Sie verwalten keine Gruppe: Es gibt nichts zu überprüfen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The review could not be saved: %1</source>
        <translation>Die Überprüfung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Gui::UserPickerWidget</name>
    <message>
        <location filename="../ui/users/userpickerwidget.cpp" line="+37"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search (Esc)</source>
        <translation>Die Suche leeren (Esc)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Add to Picked</source>
        <translation>Zur Aus&amp;wahl hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove &amp;All</source>
        <translation>A&amp;lle entfernen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 people</source>
        <translation>%1 Personen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
%2
%3</source>
        <translation>%1
%2
%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody picked yet</source>
        <translation>Noch niemand ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 picked</source>
        <translation>1 ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 picked</source>
        <translation>%1 ausgewählt</translation>
    </message>
</context>
<context>
    <name>Gui::UsersPanel</name>
    <message>
        <location filename="../ui/users/userspanel.cpp" line="+47"/>
        <location line="+317"/>
        <source>%1 people</source>
        <translation>%1 Personen</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Right-click to choose the columns</source>
        <translation>Rechtsklick, um die Spalten zu wählen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add Selected Users to &amp;Group...</source>
        <translation>Ausgewählte Benutzer zu &amp;Gruppe hinzufügen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to Group...</source>
        <translation>Zu Gruppe hinzufügen...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the selected people to a group you pick (%1)</source>
        <translation>Die ausgewählten Personen zu einer Gruppe Ihrer Wahl hinzufügen (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add Selected Users to &amp;Current Group</source>
        <translation>Ausgewählte Benutzer zur &amp;aktuellen Gruppe hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to Current</source>
        <translation>Zur aktuellen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>List &amp;Everyone</source>
        <translation>Alle auf&amp;listen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the group filter: list everyone again</source>
        <translation>Den Gruppenfilter aufheben: wieder alle auflisten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members of Group...</source>
        <translation>Mitglieder von Gruppe...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open &amp;Person</source>
        <translation>&amp;Person öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the person&apos;s page: the groups they are in, what they can reach, and changes to both</source>
        <translation>Die Seite der Person öffnen: die Gruppen, in denen sie ist, was sie erreicht, und Änderungen an beidem</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Members of %1</source>
        <translation>Mitglieder von %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members &amp;of group...</source>
        <translation>Mitglieder v&amp;on Gruppe...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listing the members of %1; click to pick another group</source>
        <translation>Die Mitglieder von %1 werden aufgelistet; klicken, um eine andere Gruppe zu wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the members of a group you pick</source>
        <translation>Nur die Mitglieder einer Gruppe Ihrer Wahl</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Members of Group</source>
        <translation>Mitglieder von Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List the members of:</source>
        <translation>Die Mitglieder auflisten von:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;List Members</source>
        <translation>Mitglieder auf&amp;listen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add to Group</source>
        <translation>Zu Gruppe hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add %1 to:</source>
        <translation>%1 hinzufügen zu:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Add the selected people to %1, the group selected in the list (%2)</source>
        <translation>Die ausgewählten Personen zu %1 hinzufügen, der in der Liste ausgewählten Gruppe (%2)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Select a group in the group list first</source>
        <translation>Wählen Sie zuerst eine Gruppe in der Gruppenliste aus</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading people...</source>
        <translation>Personen werden geladen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 people (%2 loaded)</source>
        <translation>%1 Personen (%2 geladen)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1, %n selected</source>
        <comment>the people listed, and how many of them are selected</comment>
        <translation>
            <numerusform>%1, %n ausgewählt</numerusform>
            <numerusform>%1, %n ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::WorkspaceWidget</name>
    <message>
        <location filename="../ui/workspacewidget.cpp" line="+107"/>
        <source>&amp;Details</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Members</source>
        <translation>&amp;Mitglieder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sharing</source>
        <translation>&amp;Freigaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Access</source>
        <translation>&amp;Zugriff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone who can read, write or manage the group, and every way they can</source>
        <translation>Alle, die die Gruppe lesen, schreiben oder verwalten können, und jeder Weg, auf dem sie es können</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Child Groups</source>
        <translation>&amp;Untergruppen</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Close the page of %1</source>
        <translation>Die Seite von %1 schließen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open Person</source>
        <translation>Person öffnen</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The group is still loading; try again in a moment.</source>
        <translation>Die Gruppe wird noch geladen; versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="+9"/>
        <source>Civis Groups Admin</source>
        <translation>Civis Groups Admin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Connect...</source>
        <translation>&amp;Verbinden...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to another Civis organization, or to the offline sandbox</source>
        <translation>Mit einer anderen Civis-Organisation oder mit der Offline-Sandbox verbinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find Groups</source>
        <translation>Gruppen &amp;finden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the groups by name or slug</source>
        <translation>Die Gruppen nach Name oder Slug durchsuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Person...</source>
        <translation>&amp;Person öffnen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a person and open their page: the groups they are in, what they can reach, and changes to both</source>
        <translation>Eine Person finden und ihre Seite öffnen: die Gruppen, in denen sie ist, was sie erreicht, und Änderungen an beidem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the group list and the selected group anew from the server</source>
        <translation>Die Gruppenliste und die ausgewählte Gruppe neu vom Server laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New Group...</source>
        <translation>&amp;Neue Gruppe...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a group</source>
        <translation>Eine Gruppe erstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Group...</source>
        <translation>Gruppe &amp;bearbeiten...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change some attributes of the selected group (only those you change are sent)</source>
        <translation>Einige Attribute der ausgewählten Gruppe ändern (nur die geänderten werden gesendet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;place Group...</source>
        <translation>Gruppe &amp;ersetzen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set every attribute of the selected group (fields left empty are cleared)</source>
        <translation>Alle Attribute der ausgewählten Gruppe setzen (leere Felder werden geleert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;hare Selected Groups With...</source>
        <translation>Ausgewählte Gruppen &amp;freigeben für...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share With</source>
        <translation>Freigeben für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give people or groups one level on every selected group at once (one undoable change)</source>
        <translation>Personen oder Gruppen eine Stufe auf alle ausgewählten Gruppen auf einmal geben (eine Änderung, die sich rückgängig machen lässt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;Sharing Report...</source>
        <translation>Freigabebericht e&amp;xportieren...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing Report...</source>
        <translation>Freigabebericht...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save who can reach each selected group, and how (shares, members of shared groups, creators), as one CSV file</source>
        <translation>Speichern, wer jede ausgewählte Gruppe erreicht und wie (Freigaben, Mitglieder freigegebener Gruppen, Ersteller), als eine CSV-Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start Access Re&amp;view...</source>
        <translation>Zugriffsüberprüfung &amp;starten...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide, grant by grant, who keeps access to the selected groups (or every group you manage), apply it and report it</source>
        <translation>Berechtigung für Berechtigung entscheiden, wer Zugriff auf die ausgewählten Gruppen (oder jede Gruppe, die Sie verwalten) behält, es anwenden und darüber berichten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Access Review...</source>
        <translation>Zugriffsüberprüfung &amp;öffnen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on with a saved access review of this connection, rename or delete one</source>
        <translation>Eine gespeicherte Zugriffsüberprüfung dieser Verbindung fortsetzen, umbenennen oder löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every keyboard shortcut of the window</source>
        <translation>Alle Tastenkürzel des Fensters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Civis Groups Admin</source>
        <translation>&amp;Über Civis Groups Admin</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../ui/members/memberstab.ui" line="+11"/>
        <location line="+3"/>
        <source>Filter members</source>
        <translation>Mitglieder filtern</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Shows the members whose name, username or e-mail holds this text (Esc clears)</source>
        <translation>Zeigt die Mitglieder, deren Name, Benutzername oder E-Mail diesen Text enthält (Esc leert)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S&amp;how:</source>
        <translation>Ze&amp;igen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show only the active members, or everyone</source>
        <translation>Nur die aktiven Mitglieder zeigen oder alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show members</source>
        <translation>Mitglieder zeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Member count</source>
        <translation>Anzahl der Mitglieder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Names not added</source>
        <translation>Nicht hinzugefügte Namen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
</context>
<context>
    <name>MembershipPlanDialog</name>
    <message>
        <location filename="../ui/person/membershipplandialog.ui" line="+11"/>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Groups left without a manager</source>
        <translation>Gruppen ohne Verwalter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Match &amp;exactly</source>
        <translation>&amp;Genau angleichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also &amp;revoke the shares they hold directly</source>
        <translation>Auch die direkt gehaltenen Freigaben &amp;entziehen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The shares this person holds directly were not looked up: they stay as they are.</source>
        <translation>Die Freigaben, die diese Person direkt hält, wurden nicht nachgeschlagen: Sie bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Changes:</source>
        <translation>Ä&amp;nderungen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Left out (you cannot change them):</source>
        <translation>&amp;Ausgelassen (Sie können sie nicht ändern):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>Models::AccessFetcher</name>
    <message>
        <location filename="../app/models/effectiveaccessloader.cpp" line="+115"/>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>Models::AccessRoute</name>
    <message>
        <location line="-97"/>
        <source>Shared directly</source>
        <translation>Direkt freigegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creator of the group</source>
        <translation>Ersteller der Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member of %1</source>
        <translation>Mitglied von %1</translation>
    </message>
</context>
<context>
    <name>Models::ActivityEntry</name>
    <message numerus="yes">
        <location filename="../app/models/activitylog.cpp" line="+129"/>
        <source>... and %n other reason(s)</source>
        <translation>
            <numerusform>... und %n weiterer Grund</numerusform>
            <numerusform>... und %n weitere Gründe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+366"/>
        <source>Create %1</source>
        <translation>%1 erstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace %1</source>
        <translation>%1 ersetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo %1</source>
        <translation>%1 wiederholen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Fields: %1</source>
        <translation>Felder: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly done</source>
        <translation>Teilweise erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 %2</source>
        <extracomment>A local date and time and its offset from UTC: &quot;12/6/26 6:22 PM UTC+01:00&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown (recorded before the log kept who made a change)</source>
        <translation>unbekannt (aufgezeichnet, bevor das Protokoll festhielt, wer eine Änderung vornahm)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (id %2)</source>
        <extracomment>The signed-in user who made a change: &quot;ada.admin (id 1)&quot;.</extracomment>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <extracomment>A group&apos;s name and id: &quot;Boston Office (12)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 done</source>
        <translation>%1 erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already so</source>
        <translation>%1 bereits so</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cancelled</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Failures retried %n time(s), last at %1</source>
        <translation>
            <numerusform>Fehlgeschlagene %n-mal wiederholt, zuletzt um %1</numerusform>
            <numerusform>Fehlgeschlagene %n-mal wiederholt, zuletzt um %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group: %1</source>
        <translation>Gruppe: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Groups: %1</source>
        <translation>Gruppen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items: %1</source>
        <translation>Einträge: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
</context>
<context>
    <name>Models::ActivityItem</name>
    <message>
        <location line="-370"/>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from %1</source>
        <translation>Aus %1 entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share %1</source>
        <translation>%1 freigeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give %1 on %2</source>
        <translation>%1 auf %2 geben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 → %2 on %3</source>
        <extracomment>A level before and after a share: &quot;Manage → Read on Finance&quot;.</extracomment>
        <translation>%1 → %2 auf %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke %1 on %2</source>
        <translation>%1 auf %2 entziehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoke on %1</source>
        <translation>Auf %1 entziehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create %1</source>
        <translation>%1 erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace %1</source>
        <translation>%1 ersetzen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already so</source>
        <translation>Bereits so</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>Models::ActivityItemModel</name>
    <message>
        <location filename="../app/models/activityitemmodel.cpp" line="+41"/>
        <location line="+6"/>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A group</source>
        <translation>Eine Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A person</source>
        <translation>Eine Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The group&apos;s slug</source>
        <translation>Der Slug der Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The person&apos;s username</source>
        <translation>Der Benutzername der Person</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username or slug</source>
        <translation>Benutzername oder Slug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>Models::ActivityLog</name>
    <message>
        <location filename="../app/models/activitylog.cpp" line="+424"/>
        <source>Could not make the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not open the activity log %1: %2</source>
        <translation>Das Aktivitätsprotokoll %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the activity log %1: %2</source>
        <translation>Das Aktivitätsprotokoll %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The activity log %1 was written by a newer version of the app; it is left as it is.</source>
        <translation>Das Aktivitätsprotokoll %1 wurde von einer neueren Version der App geschrieben; es bleibt, wie es ist.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Could not set up the activity log %1: %2</source>
        <translation>Das Aktivitätsprotokoll %1 konnte nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not bring the activity log %1 up to date: %2</source>
        <translation>Das Aktivitätsprotokoll %1 konnte nicht auf den neuen Stand gebracht werden: %2</translation>
    </message>
    <message>
        <location line="+133"/>
        <location line="+5"/>
        <location line="+52"/>
        <location line="+22"/>
        <location line="+83"/>
        <source>Could not write to the activity log %1: %2</source>
        <translation>In das Aktivitätsprotokoll %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actor id</source>
        <translation>ID des Handelnden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actor</source>
        <translation>Handelnder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group id</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item kind</source>
        <translation>Art des Eintrags</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item id</source>
        <translation>ID des Eintrags</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Username or slug</source>
        <translation>Benutzername oder Slug</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>Models::ActivityLogModel</name>
    <message>
        <location filename="../app/models/activitylogmodel.cpp" line="+71"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Models::ChangeCommand</name>
    <message>
        <location filename="../app/models/changecommand.cpp" line="+60"/>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (nothing was done)</source>
        <translation>%1 (nichts wurde getan)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1 (%n of %2: those made)</source>
        <comment>an undo or redo of a run that made only some of its changes</comment>
        <translation>
            <numerusform>%1 (%n von %2: die ausgeführte)</numerusform>
            <numerusform>%1 (%n von %2: die ausgeführten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::ChangeOperation</name>
    <message>
        <location filename="../app/models/changeoperation.cpp" line="+112"/>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Cancelled before it was sent.</source>
        <translation>Abgebrochen, bevor es gesendet wurde.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>1 done</source>
        <translation>1 erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 done</source>
        <translation>%1 erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 already a member</source>
        <translation>1 bereits Mitglied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 already members</source>
        <translation>%1 bereits Mitglieder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 not a member</source>
        <translation>1 kein Mitglied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 not members</source>
        <translation>%1 keine Mitglieder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 already has access</source>
        <translation>1 hat bereits Zugriff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 already have access</source>
        <translation>%1 haben bereits Zugriff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 had no access</source>
        <translation>1 hatte keinen Zugriff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 had no access</source>
        <translation>%1 hatten keinen Zugriff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 failed</source>
        <translation>1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 cancelled</source>
        <translation>1 abgebrochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cancelled</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 pending</source>
        <translation>1 ausstehend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 pending</source>
        <translation>%1 ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing to do</source>
        <translation>nichts zu tun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not done, because this did not: %1</source>
        <translation>Nicht ausgeführt, weil dies fehlschlug: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not done, because this did not: %1 (%2)</source>
        <translation>Nicht ausgeführt, weil dies fehlschlug: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Models::ChangeReportModel</name>
    <message>
        <location filename="../app/models/changereportmodel.cpp" line="+51"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already a member</source>
        <translation>Bereits Mitglied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a member</source>
        <translation>Kein Mitglied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already has access</source>
        <translation>Hat bereits Zugriff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Had no access</source>
        <translation>Hatte keinen Zugriff</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>Models::ChildGroupTreeModel</name>
    <message>
        <location filename="../app/models/childgrouptreemodel.cpp" line="+24"/>
        <source>Manageable</source>
        <translation>Verwaltbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writeable</source>
        <translation>Schreibbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Readable</source>
        <translation>Lesbar</translation>
    </message>
    <message>
        <location line="+403"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ↻ cycle</source>
        <translation>%1 ↻ Zyklus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not load: %1</source>
        <translation>Konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already appears above: %2
Following it would only go round this loop again, so it is not expanded.</source>
        <translation>%1 erscheint bereits weiter oben: %2
Ihr zu folgen würde nur wieder durch diese Schleife führen, daher wird sie nicht aufgeklappt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> &gt; </source>
        <translation> &gt; </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
</context>
<context>
    <name>Models::CsvImportModel</name>
    <message>
        <location filename="../app/models/csvimportmodel.cpp" line="+72"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
</context>
<context>
    <name>Models::EffectiveAccess</name>
    <message>
        <location filename="../app/models/effectiveaccessloader.cpp" line="+52"/>
        <source>Organization admins of %1 also manage this group; the API does not say who they are, so they are not listed.</source>
        <translation>Die Organisationsadministratoren von %1 verwalten diese Gruppe ebenfalls; die API sagt nicht, wer sie sind, daher sind sie nicht aufgeführt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The admins of the group&apos;s organization also manage this group; the API does not say who they are, so they are not listed.</source>
        <translation>Die Administratoren der Organisation der Gruppe verwalten diese Gruppe ebenfalls; die API sagt nicht, wer sie sind, daher sind sie nicht aufgeführt.</translation>
    </message>
</context>
<context>
    <name>Models::EffectiveAccessLoader</name>
    <message>
        <location line="+367"/>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
</context>
<context>
    <name>Models::EffectiveAccessModel</name>
    <message>
        <location filename="../app/models/effectiveaccessmodel.cpp" line="+118"/>
        <source>The members of %1 could not be read, so who they are is not listed: %2</source>
        <translation>Die Mitglieder von %1 konnten nicht gelesen werden, daher ist nicht aufgeführt, wer sie sind: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The members of %n group(s) could not be read, so who they are is not listed (%1): %2</source>
        <translation>
            <numerusform>Die Mitglieder von %n Gruppe konnten nicht gelesen werden, daher ist nicht aufgeführt, wer sie sind (%1): %2</numerusform>
            <numerusform>Die Mitglieder von %n Gruppen konnten nicht gelesen werden, daher ist nicht aufgeführt, wer sie sind (%1): %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1&apos;s account is deactivated: they cannot sign in, but their shares and memberships stay, and reach this group again if the account is reactivated.</source>
        <translation>Das Konto von %1 ist deaktiviert: Die Person kann sich nicht anmelden, aber ihre Freigaben und Mitgliedschaften bleiben und erreichen diese Gruppe wieder, wenn das Konto reaktiviert wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 can reach this group:</source>
        <translation>Diese Gruppe erreichbar für %1:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, username %2</source>
        <translation>%1, Benutzername %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Organization admins</source>
        <translation>Organisationsadministratoren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail or username</source>
        <translation>E-Mail oder Benutzername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Via</source>
        <translation>Zugangsweg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Models::GroupEdit</name>
    <message>
        <location filename="../app/models/groupedit.cpp" line="+121"/>
        <location line="+9"/>
        <source>Stopped before anything was sent.</source>
        <translation>Gestoppt, bevor etwas gesendet wurde.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+17"/>
        <location line="+68"/>
        <source>The connection is closed.</source>
        <translation>Die Verbindung ist geschlossen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Created %1</source>
        <translation>%1 erstellt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to save: %1 already holds these values</source>
        <translation>Nichts zu speichern: %1 hat diese Werte bereits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redone: %1</source>
        <translation>Wiederholt: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not undo “%1”: %2</source>
        <translation>„%1“ konnte nicht rückgängig gemacht werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not redo “%1”: %2</source>
        <translation>„%1“ konnte nicht wiederholt werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped waiting for the server; it may still have made the change.</source>
        <translation>Das Warten auf den Server wurde beendet; er hat die Änderung möglicherweise trotzdem ausgeführt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” was not made: %2 changed on the server since (%3).</source>
        <translation>„%1“ wurde nicht ausgeführt: %2 hat sich seitdem auf dem Server geändert (%3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo %1</source>
        <translation>%1 wiederholen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changed on the server since you opened it: %2.</source>
        <translation>%1 hat sich auf dem Server geändert, seit Sie es geöffnet haben: %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Replace %1</source>
        <translation>%1 ersetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>Models::GroupFields</name>
    <message>
        <location filename="../app/models/groupfields.cpp" line="+95"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role ids</source>
        <translation>Rollen-IDs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default time zone</source>
        <translation>Standard-Zeitzone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default jobs label</source>
        <translation>Standard-Label für Jobs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default notebooks label</source>
        <translation>Standard-Label für Notebooks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default services label</source>
        <translation>Standard-Label für Dienste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not required</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Not required (the API&apos;s default)</source>
        <translation>Nicht erforderlich (Vorgabe der API)</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>A group needs a name.</source>
        <translation>Eine Gruppe braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A slug holds only lowercase letters, digits, and single - or _ between them, such as boston-office.</source>
        <translation>Ein Slug enthält nur Kleinbuchstaben, Ziffern und einzelne - oder _ dazwischen, etwa buero-boston.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An organization is given by its id, one whole number.</source>
        <translation>Eine Organisation wird durch ihre ID angegeben, eine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role ids are positive numbers; “%1” is not one.</source>
        <translation>Rollen-IDs sind positive Zahlen; „%1“ ist keine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a role id: give whole numbers separated by commas, such as 3, 7, 12.</source>
        <translation>„%1“ ist keine Rollen-ID: geben Sie ganze Zahlen durch Kommas getrennt an, etwa 3, 7, 12.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a time zone this computer knows. Pick one from the list (type any part of its name), or leave it not set.</source>
        <translation>„%1“ ist keine Zeitzone, die dieser Computer kennt. Wählen Sie eine aus der Liste (tippen Sie einen Teil ihres Namens) oder lassen Sie sie ungesetzt.</translation>
    </message>
</context>
<context>
    <name>Models::GroupListModel</name>
    <message>
        <location filename="../app/models/grouplistmodel.cpp" line="+51"/>
        <source>No group matches the search and filters.</source>
        <translation>Keine Gruppe passt zur Suche und zu den Filtern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not a member of any group and none is shared with you, so there is no group you can read. An administrator of your organization can share one with you.</source>
        <translation>Sie sind in keiner Gruppe Mitglied, und keine ist für Sie freigegeben, daher gibt es keine Gruppe, die Sie lesen können. Ein Administrator Ihrer Organisation kann eine für Sie freigeben.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Members: active / all</source>
        <translation>Mitglieder: aktiv / alle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active / all</source>
        <extracomment>The group list&apos;s column of member counts, &quot;13 / 18&quot;: active members, then all.</extracomment>
        <translation>Aktiv/alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>Models::GroupPermissions</name>
    <message>
        <location filename="../app/models/grouppermissions.cpp" line="+69"/>
        <source>You can only read %1</source>
        <translation>Sie können %1 nur lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can edit %1 but not share it: sharing needs Manage</source>
        <translation>Sie können %1 bearbeiten, aber nicht freigeben: Freigeben erfordert Verwalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Will be refused: %1. %2.</source>
        <comment>what a drop would do, why the person may not</comment>
        <translation>Wird abgelehnt: %1. %2.</translation>
    </message>
</context>
<context>
    <name>Models::GroupStore</name>
    <message>
        <location filename="../app/models/groupstore.cpp" line="+36"/>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
</context>
<context>
    <name>Models::LoadStatus</name>
    <message>
        <location filename="../app/models/loadstatus.cpp" line="+16"/>
        <source>Showing what was loaded before; loading it again failed. %1</source>
        <translation>Es wird gezeigt, was zuvor geladen wurde; erneutes Laden ist fehlgeschlagen. %1</translation>
    </message>
</context>
<context>
    <name>Models::MemberCountText</name>
    <message>
        <location filename="../app/models/membercounttext.cpp" line="+14"/>
        <source>No members</source>
        <translation>Keine Mitglieder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 member, active</source>
        <translation>1 Mitglied, aktiv</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln members, all active</source>
        <translation>
            <numerusform>%Ln Mitglied, aktiv</numerusform>
            <numerusform>%Ln Mitglieder, alle aktiv</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 member, deactivated</source>
        <translation>1 Mitglied, deaktiviert</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln members, none active</source>
        <translation>
            <numerusform>%Ln Mitglied, nicht aktiv</numerusform>
            <numerusform>%Ln Mitglieder, keines aktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln members: %1 active, %2 deactivated</source>
        <extracomment>%1 active of them, %2 deactivated.</extracomment>
        <translation>
            <numerusform>%Ln Mitglied: %1 aktiv, %2 deaktiviert</numerusform>
            <numerusform>%Ln Mitglieder: %1 aktiv, %2 deaktiviert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::MemberOfModel</name>
    <message>
        <location filename="../app/models/memberofmodel.cpp" line="+342"/>
        <source>Add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Add %1 to %Ln groups</source>
        <translation>
            <numerusform>%1 zu %Ln Gruppe hinzufügen</numerusform>
            <numerusform>%1 zu %Ln Gruppen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove %1 from %Ln groups</source>
        <translation>
            <numerusform>%1 aus %Ln Gruppe entfernen</numerusform>
            <numerusform>%1 aus %Ln Gruppen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You May Change</source>
        <translation>Änderbar für Sie</translation>
    </message>
</context>
<context>
    <name>Models::MemberResolutionModel</name>
    <message>
        <location filename="../app/models/memberresolutionmodel.cpp" line="+169"/>
        <source>%1 (already a member)</source>
        <translation>%1 (bereits Mitglied)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 found</source>
        <translation>%1 gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 already a member</source>
        <translation>1 bereits Mitglied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already members</source>
        <translation>%1 bereits Mitglieder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 not found</source>
        <translation>%1 nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ambiguous</source>
        <translation>%1 mehrdeutig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick one of %1</source>
        <translation>Eine von %1 auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picked, already a member</source>
        <translation>Ausgewählt, bereits Mitglied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picked, to be added</source>
        <translation>Ausgewählt, wird hinzugefügt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Already a member</source>
        <translation>Bereits Mitglied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To be added</source>
        <translation>Wird hinzugefügt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Picked from the directory</source>
        <translation>Aus dem Verzeichnis ausgewählt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” names %2 people: pick the one you mean.</source>
        <translation>„%1“ bezeichnet %2 Personen: wählen Sie die gemeinte aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>Models::MembershipComparison</name>
    <message>
        <location filename="../app/models/membershipcomparison.cpp" line="+179"/>
        <location line="+4"/>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only %1: %2; both: %3; only %4: %5</source>
        <comment>the groups of two people compared</comment>
        <translation>Nur %1: %2; beide: %3; nur %4: %5</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
</context>
<context>
    <name>Models::MembershipPlan</name>
    <message>
        <location filename="../app/models/membershipplan.cpp" line="+35"/>
        <source>1 group</source>
        <translation>1 Gruppe</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln groups</source>
        <translation>
            <numerusform>%Ln Gruppe</numerusform>
            <numerusform>%Ln Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 share</source>
        <translation>1 Freigabe</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln shares</source>
        <translation>
            <numerusform>%Ln Freigabe</numerusform>
            <numerusform>%Ln Freigaben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+78"/>
        <source>You cannot see %1</source>
        <translation>Sie können %1 nicht sehen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 joins %2 and leaves %3</source>
        <translation>%1 tritt %2 bei und verlässt %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 joins %2</source>
        <translation>%1 tritt %2 bei</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>%1 leaves %2</source>
        <translation>%1 verlässt %2</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 is already in exactly the groups %2 is in</source>
        <translation>%1 ist bereits in genau den Gruppen, in denen %2 ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is already in every group %2 is in</source>
        <translation>%1 ist bereits in jeder Gruppe, in der %2 ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Nothing you may change</source>
        <translation>Nichts, was Sie ändern dürfen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 leaves %2 and loses %3</source>
        <translation>%1 verlässt %2 und verliert %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 loses %2</source>
        <translation>%1 verliert %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is in no group</source>
        <translation>%1 ist in keiner Gruppe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1; 1 group you cannot change is left out: %2</source>
        <translation>%1; 1 Gruppe, die Sie nicht ändern können, wird ausgelassen: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1; %Ln groups you cannot change are left out: %2</source>
        <translation>
            <numerusform>%1; %Ln Gruppe, die Sie nicht ändern können, wird ausgelassen: %2</numerusform>
            <numerusform>%1; %Ln Gruppen, die Sie nicht ändern können, werden ausgelassen: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The share they hold directly stays.</source>
        <translation>Die direkt gehaltene Freigabe bleibt.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The %Ln shares they hold directly stay.</source>
        <translation>
            <numerusform>Die %Ln direkt gehaltene Freigabe bleibt.</numerusform>
            <numerusform>Die %Ln direkt gehaltenen Freigaben bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give %1 exactly the groups of %2</source>
        <translation>%1 genau die Gruppen von %2 geben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the groups of %1 to %2</source>
        <translation>Die Gruppen von %1 auf %2 übertragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke %1 of %2</source>
        <translation>%1 von %2 entziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from %2 and revoke %3</source>
        <translation>%1 aus %2 entfernen und %3 entziehen</translation>
    </message>
</context>
<context>
    <name>Models::NameList</name>
    <message>
        <location filename="../app/models/namelist.cpp" line="+9"/>
        <source>, </source>
        <comment>between names of a list</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 and %n more</source>
        <comment>the first names of a list, and how many others</comment>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 and %2</source>
        <comment>a list of names, and its last</comment>
        <translation>%1 und %2</translation>
    </message>
</context>
<context>
    <name>Models::OperationListModel</name>
    <message>
        <location filename="../app/models/operationlistmodel.cpp" line="+191"/>
        <location line="+2"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+276"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Partly done: %Ln failed</source>
        <translation>
            <numerusform>Teilweise erledigt: %Ln fehlgeschlagen</numerusform>
            <numerusform>Teilweise erledigt: %Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly done: %1 failed, %2 cancelled</source>
        <translation>Teilweise erledigt: %1 fehlgeschlagen, %2 abgebrochen</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>about %Ln s</source>
        <translation>
            <numerusform>etwa %Ln s</numerusform>
            <numerusform>etwa %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>about %Ln min</source>
        <translation>
            <numerusform>etwa %Ln min</numerusform>
            <numerusform>etwa %Ln min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 h %2 min</source>
        <translation>etwa %1 h %2 min</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paused before it started</source>
        <translation>Angehalten, bevor es begann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waits for the changes before it</source>
        <translation>Wartet auf die Änderungen davor</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+159"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="-158"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Waiting for the API&apos;s rate limit, %n s</source>
        <translation>
            <numerusform>Warten auf das Anfragelimit der API, %n s</numerusform>
            <numerusform>Warten auf das Anfragelimit der API, %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 per second</source>
        <translation>%1 pro Sekunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left</source>
        <translation>%1 verbleibend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>took %1</source>
        <translation>dauerte %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not started yet</source>
        <translation>Noch nicht begonnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%Ln moved</source>
        <translation>
            <numerusform>%Ln verschoben</numerusform>
            <numerusform>%Ln verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln hinzugefügt</numerusform>
            <numerusform>%Ln hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln entfernt</numerusform>
            <numerusform>%Ln entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln shared</source>
        <translation>
            <numerusform>%Ln freigegeben</numerusform>
            <numerusform>%Ln freigegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln revoked</source>
        <translation>
            <numerusform>%Ln entzogen</numerusform>
            <numerusform>%Ln entzogen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 already a member</source>
        <translation>1 bereits Mitglied</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln already members</source>
        <translation>
            <numerusform>%Ln bereits Mitglied</numerusform>
            <numerusform>%Ln bereits Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 not a member</source>
        <translation>1 kein Mitglied</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln not members</source>
        <translation>
            <numerusform>%Ln kein Mitglied</numerusform>
            <numerusform>%Ln keine Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln already had that access</source>
        <translation>
            <numerusform>%Ln hatte diesen Zugriff bereits</numerusform>
            <numerusform>%Ln hatten diesen Zugriff bereits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln had no access</source>
        <translation>
            <numerusform>%Ln hatte keinen Zugriff</numerusform>
            <numerusform>%Ln hatten keinen Zugriff</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln abgebrochen</numerusform>
            <numerusform>%Ln abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln to go</source>
        <translation>
            <numerusform>%Ln ausstehend</numerusform>
            <numerusform>%Ln ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>; %1 was left with no manager</source>
        <translation>; %1 blieb ohne Verwalter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; left with no manager: %1</source>
        <translation>; ohne Verwalter geblieben: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%Ln × %1</source>
        <comment>how many failed for a reason, the reason</comment>
        <translation>
            <numerusform>%Ln × %1</numerusform>
            <numerusform>%Ln × %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>and 1 more reason</source>
        <translation>und 1 weiterer Grund</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>and %Ln more reasons</source>
        <translation>
            <numerusform>und %Ln weiterer Grund</numerusform>
            <numerusform>und %Ln weitere Gründe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (no longer in the undo history)</source>
        <translation>%1 (nicht mehr im Rückgängig-Verlauf)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
</context>
<context>
    <name>Models::PermissionLevelText</name>
    <message>
        <location filename="../app/models/permissionleveltext.cpp" line="+9"/>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage</source>
        <translation>Verwalten</translation>
    </message>
</context>
<context>
    <name>Models::PersonAccess</name>
    <message>
        <location filename="../app/models/effectiveaccessloader.cpp" line="-395"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
</context>
<context>
    <name>Models::PersonAccessLoader</name>
    <message>
        <location filename="../app/models/personaccessloader.cpp" line="+169"/>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
</context>
<context>
    <name>Models::PersonAccessModel</name>
    <message>
        <location filename="../app/models/personaccessmodel.cpp" line="+114"/>
        <source>the person</source>
        <translation>die Person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shares of %1 could not be read, so whether %2 can reach it is not known: %3</source>
        <translation>Die Freigaben von %1 konnten nicht gelesen werden, daher ist unbekannt, ob %2 sie erreicht: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The shares of %n group(s) could not be read, so whether %1 can reach them is not known (%2): %3</source>
        <translation>
            <numerusform>Die Freigaben von %n Gruppe konnten nicht gelesen werden, daher ist unbekannt, ob %1 sie erreicht (%2): %3</numerusform>
            <numerusform>Die Freigaben von %n Gruppen konnten nicht gelesen werden, daher ist unbekannt, ob %1 sie erreicht (%2): %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>shared directly (%1)</source>
        <translation>direkt freigegeben (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>through %1 (%2)</source>
        <translation>über %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>creator (%1)</source>
        <translation>Ersteller (%1)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1&apos;s account is deactivated: they cannot sign in, but their shares and memberships stay, and reach this group again if the account is reactivated.</source>
        <translation>Das Konto von %1 ist deaktiviert: Die Person kann sich nicht anmelden, aber ihre Freigaben und Mitgliedschaften bleiben und erreichen diese Gruppe wieder, wenn das Konto reaktiviert wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 can reach %2:</source>
        <translation>%1 erreicht %2:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ways in</source>
        <translation>Zugangswege</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The shares could not be read: %1</source>
        <translation>Die Freigaben konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Looked through %n group(s) (%1); groups outside them are not listed.</source>
        <translation>
            <numerusform>%n Gruppe durchsucht (%1); Gruppen außerhalb davon sind nicht aufgeführt.</numerusform>
            <numerusform>%n Gruppen durchsucht (%1); Gruppen außerhalb davon sind nicht aufgeführt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::PersonAccessResult</name>
    <message>
        <location filename="../app/models/personaccessloader.cpp" line="-331"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Models::PersonAccessScope</name>
    <message>
        <location line="-40"/>
        <source>the groups you manage</source>
        <translation>die Gruppen, die Sie verwalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every group you can read</source>
        <translation>jede Gruppe, die Sie lesen können</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the %n group(s) listed</source>
        <translation>
            <numerusform>die %n aufgeführte Gruppe</numerusform>
            <numerusform>die %n aufgeführten Gruppen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::PersonLoader</name>
    <message>
        <location filename="../app/models/personprofile.cpp" line="+121"/>
        <source>You cannot see user %1, or there is no such person.</source>
        <translation>Sie können Benutzer %1 nicht sehen, oder es gibt diese Person nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User %1 could not be read: %2</source>
        <translation>Benutzer %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1&apos;s account is deactivated: they cannot sign in, and their groups and shares stay until removed.</source>
        <translation>Das Konto von %1 ist deaktiviert: Die Person kann sich nicht anmelden, und ihre Gruppen und Freigaben bleiben, bis sie entfernt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1&apos;s account is suspended.</source>
        <translation>Das Konto von %1 ist gesperrt.</translation>
    </message>
</context>
<context>
    <name>Models::PersonProfile</name>
    <message>
        <location line="-99"/>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <comment>a person&apos;s name (their username)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>Models::ReviewApply</name>
    <message>
        <location filename="../app/models/reviewapply.cpp" line="+131"/>
        <source>Undone after it was applied.</source>
        <translation>Nach dem Anwenden rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>An earlier run that did not finish may have made it.</source>
        <translation>Ein früherer Lauf, der nicht abgeschlossen wurde, hat es möglicherweise schon getan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is no longer a member of %2.</source>
        <translation>%1 ist nicht mehr Mitglied von %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 no longer shares %2.</source>
        <translation>%2 ist nicht mehr für %1 freigegeben.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 no longer holds a share of %2.</source>
        <translation>%1 hat keine Freigabe von %2 mehr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds %2 on %3 already.</source>
        <translation>%1 hat für %3 bereits %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%1 would have no manager</source>
        <translation>
            <numerusform>%1 hätte keinen Verwalter</numerusform>
            <numerusform>%1 hätten keinen Verwalter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n removal(s)</source>
        <translation>
            <numerusform>%n Entfernung</numerusform>
            <numerusform>%n Entfernungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n lowering(s)</source>
        <translation>
            <numerusform>%n Herabsetzung</numerusform>
            <numerusform>%n Herabsetzungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to send</source>
        <translation>Nichts zu senden</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n grant(s) gone already</source>
        <translation>
            <numerusform>%n Berechtigung bereits weg</numerusform>
            <numerusform>%n Berechtigungen bereits weg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already so</source>
        <translation>
            <numerusform>%n bereits so</numerusform>
            <numerusform>%n bereits so</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Apply review %1: %n change(s)</source>
        <translation>
            <numerusform>Überprüfung %1 anwenden: %n Änderung</numerusform>
            <numerusform>Überprüfung %1 anwenden: %n Änderungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::ReviewChanges</name>
    <message>
        <location filename="../app/models/reviewstore.cpp" line="+668"/>
        <source>Nothing changed since the review was last read.</source>
        <translation>Nichts hat sich geändert, seit die Überprüfung zuletzt gelesen wurde.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugekommen</numerusform>
            <numerusform>%n hinzugekommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n retired (the grant is gone)</source>
        <translation>
            <numerusform>%n ausgeschieden (die Berechtigung ist weg)</numerusform>
            <numerusform>%n ausgeschieden (die Berechtigung ist weg)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n back</source>
        <translation>
            <numerusform>%n zurück</numerusform>
            <numerusform>%n zurück</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 since the review was last read.</source>
        <extracomment>What a re-read found: &quot;12 added, 3 retired (the grant is gone) since the review was last read&quot;.</extracomment>
        <translation>%1, seit die Überprüfung zuletzt gelesen wurde.</translation>
    </message>
</context>
<context>
    <name>Models::ReviewInfo</name>
    <message>
        <location line="-282"/>
        <source>members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shares to people</source>
        <translation>Freigaben für Personen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shares to groups</source>
        <translation>Freigaben für Gruppen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 and %2</source>
        <extracomment>The parts of a review: &quot;members, shares to people and shares to groups&quot;.</extracomment>
        <translation>%1 und %2</translation>
    </message>
</context>
<context>
    <name>Models::ReviewLoader</name>
    <message>
        <location filename="../app/models/reviewloader.cpp" line="+264"/>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message numerus="yes">
        <location line="+144"/>
        <source>Reading %1 of %n group(s)</source>
        <translation>
            <numerusform>%1 von %n Gruppe wird gelesen</numerusform>
            <numerusform>%1 von %n Gruppen wird gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Stopped after %1 of %n group(s).</source>
        <translation>
            <numerusform>Nach %1 von %n Gruppe angehalten.</numerusform>
            <numerusform>Nach %1 von %n Gruppen angehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Read %n group(s).</source>
        <translation>
            <numerusform>%n Gruppe gelesen.</numerusform>
            <numerusform>%n Gruppen gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n could not be read.</source>
        <translation>
            <numerusform>%n konnte nicht gelesen werden.</numerusform>
            <numerusform>%n konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::ReviewModel</name>
    <message>
        <location filename="../app/models/reviewmodel.cpp" line="+202"/>
        <source>The grant is gone: a later read did not find it.</source>
        <translation>Die Berechtigung ist weg: Ein späteres Lesen hat sie nicht gefunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 left %2 since the review was last read, and still holds this share directly.</source>
        <translation>%1 hat %2 verlassen, seit die Überprüfung zuletzt gelesen wurde, und hat diese Freigabe weiterhin direkt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+59"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (grant gone)</source>
        <translation>%1 (Berechtigung weg)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Person or group</source>
        <translation>Person oder Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds</source>
        <translation>Hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How</source>
        <translation>Zugangsweg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message numerus="yes">
        <location line="+133"/>
        <source>%1 of %n decided</source>
        <extracomment>The review&apos;s progress: &quot;212 of 480 decided; 31 to remove&quot;.</extracomment>
        <translation>
            <numerusform>%1 von %n entschieden</numerusform>
            <numerusform>%1 von %n entschieden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n to remove</source>
        <translation>
            <numerusform>%n zu entfernen</numerusform>
            <numerusform>%n zu entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n to lower</source>
        <translation>
            <numerusform>%n herabzusetzen</numerusform>
            <numerusform>%n herabzusetzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n applied</source>
        <translation>
            <numerusform>%n angewendet</numerusform>
            <numerusform>%n angewendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not applied</source>
        <translation>
            <numerusform>%n nicht angewendet</numerusform>
            <numerusform>%n nicht angewendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::ReviewProblem</name>
    <message>
        <location filename="../app/models/reviewstore.cpp" line="+246"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read the members of %1, shared with %2: %3</source>
        <translation>Die Mitglieder von %1, für die %2 freigegeben ist, konnten nicht gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>Models::ReviewReport</name>
    <message>
        <location filename="../app/models/reviewreport.cpp" line="+76"/>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Access review: %1</source>
        <translation>Zugriffsüberprüfung: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not completed</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last read from the server</source>
        <translation>Zuletzt vom Server gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>Überprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n group(s): </source>
        <translation>
            <numerusform>%n Gruppe: </numerusform>
            <numerusform>%n Gruppen: </numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report written</source>
        <translation>Bericht geschrieben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+47"/>
        <source>Summary by group</source>
        <translation>Zusammenfassung nach Gruppe</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write the PDF.</source>
        <translation>Das PDF konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>Could not write %1: %2</source>
        <translation>Konnte %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+18"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Grants</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lowered</source>
        <translation>Herabgesetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gone before apply</source>
        <translation>Vor dem Anwenden weg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applied</source>
        <translation>Nicht angewendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+41"/>
        <source>Undecided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Retired</source>
        <translation>Ausgeschieden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(could not be read)</source>
        <translation>(konnte nicht gelesen werden)</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+45"/>
        <source>What could not be read</source>
        <translation>Was nicht gelesen werden konnte</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+46"/>
        <source>Every decision</source>
        <translation>Jede Entscheidung</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Person or group</source>
        <translation>Person oder Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Username / e-mail</source>
        <translation>Benutzername / E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holds</source>
        <translation>Hat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>Zugangsweg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(group %1)</source>
        <translation>(Gruppe %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>grant gone since</source>
        <translation>Berechtigung seitdem weg</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Reviewer: %1 · started %2</source>
        <translation>Prüfer: %1 · begonnen %2</translation>
    </message>
</context>
<context>
    <name>Models::ReviewReportWriter</name>
    <message>
        <location filename="../app/models/reviewreportwriter.cpp" line="+22"/>
        <source>Could not write %1: %2</source>
        <translation>Konnte %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+87"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>The review is no longer in its file.</source>
        <translation>Die Überprüfung ist nicht mehr in ihrer Datei.</translation>
    </message>
</context>
<context>
    <name>Models::ReviewRow</name>
    <message>
        <location filename="../app/models/reviewstore.cpp" line="-179"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Through %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Lower to %1</source>
        <translation>Auf %1 herabsetzen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deactivated account</source>
        <translation>Deaktiviertes Konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left %1</source>
        <translation>Hat %1 verlassen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sent, not confirmed</source>
        <translation>Gesendet, nicht bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already so</source>
        <translation>Bereits so</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gone before apply</source>
        <translation>Vor dem Anwenden weg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>Models::ReviewStore</name>
    <message>
        <location line="+179"/>
        <source>Could not make the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not open the reviews file %1: %2</source>
        <translation>Die Überprüfungsdatei %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not read the reviews file %1: %2</source>
        <translation>Die Überprüfungsdatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The reviews file %1 was written by a newer version of the app; it is left as it is.</source>
        <translation>Die Überprüfungsdatei %1 wurde von einer neueren Version der App geschrieben; sie bleibt, wie sie ist.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not set up the reviews file %1.</source>
        <translation>Die Überprüfungsdatei %1 konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <location line="+342"/>
        <source>Could not save the decision: %1</source>
        <translation>Die Entscheidung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+30"/>
        <location line="+7"/>
        <source>Could not save the decisions: %1</source>
        <translation>Die Entscheidungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Could not save the note: %1</source>
        <translation>Die Notiz konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+4"/>
        <source>Could not save what applying did: %1</source>
        <translation>Was das Anwenden bewirkt hat, konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Models::ShareCsv</name>
    <message>
        <location filename="../app/models/sharecsv.cpp" line="+58"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>Models::ShareDropDescription</name>
    <message>
        <location filename="../app/models/sharemodel.cpp" line="+654"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 cannot be shared with itself</source>
        <translation>%1 kann nicht für sich selbst freigegeben werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share with %1 as:</source>
        <translation>Für %1 freigeben als:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share %1 with %2: choose the access on release</source>
        <translation>%1 für %2 freigeben: den Zugriff beim Loslassen wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the access of %1 to %2: choose it on release</source>
        <translation>Den Zugriff von %1 auf %2 ändern: beim Loslassen wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share %1 with %2 (%3 of them have access already): choose the access on release</source>
        <translation>%1 für %2 freigeben (%3 davon haben bereits Zugriff): den Zugriff beim Loslassen wählen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Share %1 with %2</source>
        <translation>%1 für %2 freigeben</translation>
    </message>
</context>
<context>
    <name>Models::ShareFilterProxyModel</name>
    <message>
        <location line="-191"/>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 people</source>
        <translation>%1 Personen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 group</source>
        <translation>1 Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 groups</source>
        <translation>%1 Gruppen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Shared with nobody</source>
        <translation>Für niemanden freigegeben</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 shown</source>
        <translation>%1 gezeigt</translation>
    </message>
</context>
<context>
    <name>Models::ShareModel</name>
    <message>
        <location line="-228"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (saving…)</source>
        <translation>%1 (wird gespeichert…)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
</context>
<context>
    <name>Models::SharePlan</name>
    <message>
        <location filename="../app/models/shareplan.cpp" line="+52"/>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1: %2 → %3 on %4</source>
        <comment>who: level before -&gt; level after on which groups</comment>
        <translation>%1: %2 → %3 auf %4</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 would have no manager</source>
        <translation>
            <numerusform>%1 hätte keinen Verwalter</numerusform>
            <numerusform>%1 hätten keinen Verwalter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::SharingReport</name>
    <message>
        <location filename="../app/models/sharingreport.cpp" line="+67"/>
        <source>Shared directly</source>
        <translation>Direkt freigegeben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Member of %1</source>
        <translation>Mitglied von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creator</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The members of %1 could not be read: %2</source>
        <translation>Die Mitglieder von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organization admins of %1</source>
        <translation>Organisationsadministratoren von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization admins</source>
        <translation>Organisationsadministratoren</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+52"/>
        <source>The shares could not be read: %1</source>
        <translation>Die Freigaben konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
</context>
<context>
    <name>Models::UserDropDescription</name>
    <message numerus="yes">
        <location filename="../app/models/userdropdescription.cpp" line="+15"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nobody to add</source>
        <translation>Niemand hinzuzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already in %1: drop on another group to add or move them</source>
        <translation>Bereits in %1: auf eine andere Gruppe ziehen, um sie hinzuzufügen oder zu verschieben</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is already a member of %2</source>
        <translation>%1 ist bereits Mitglied von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone dragged is already a member of %1</source>
        <translation>Alle Gezogenen sind bereits Mitglied von %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move %1 from %2 to %3</source>
        <translation>%1 von %2 nach %3 verschieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%n already a member)</source>
        <translation>
            <numerusform> (%n bereits Mitglied)</numerusform>
            <numerusform> (%n bereits Mitglieder)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::UserResolver</name>
    <message>
        <location filename="../app/models/userresolver.cpp" line="+96"/>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>Models::UserRows</name>
    <message>
        <location filename="../app/models/userrows.cpp" line="+22"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Primary group</source>
        <translation>Primäre Gruppe</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
</context>
<context>
    <name>Models::Workspace</name>
    <message numerus="yes">
        <location filename="../app/models/workspace.cpp" line="+88"/>
        <location line="+11"/>
        <source>%n users</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+77"/>
        <source>%n groups</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-73"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 user</source>
        <translation>1 Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 users</source>
        <translation>%1 Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 group</source>
        <translation>1 Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 groups</source>
        <translation>%1 Gruppen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Move %1 from %2 to %3</source>
        <translation>%1 von %2 nach %3 verschieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Revoke the access of %1 to %2</source>
        <translation>%1 den Zugriff auf %2 entziehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give %1 read access to %2</source>
        <translation>%2 für %1 zum Lesen freigeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give %1 write access to %2</source>
        <translation>%2 für %1 zum Schreiben freigeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give %1 manage access to %2</source>
        <translation>%2 für %1 zum Verwalten freigeben</translation>
    </message>
</context>
<context>
    <name>PersonAccessTab</name>
    <message>
        <location filename="../ui/person/personaccesstab.ui" line="+11"/>
        <source>&amp;Look through:</source>
        <translation>&amp;Durchsuchen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which groups&apos; shares are read: the API cannot say which groups are shared with a person, so the answer is only as wide as this</source>
        <translation>Die Freigaben welcher Gruppen gelesen werden: Die API kann nicht sagen, welche Gruppen für eine Person freigegeben sind, daher ist die Antwort nur so umfassend wie diese Auswahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups looked through</source>
        <translation>Durchsuchte Gruppen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Groups read</source>
        <translation>Gelesene Gruppen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Access summary</source>
        <translation>Zusammenfassung des Zugriffs</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Filter groups</source>
        <translation>Gruppen filtern</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Shows the groups whose name, id or ways in hold this text (Esc clears)</source>
        <translation>Zeigt die Gruppen, deren Name, ID oder Zugangswege diesen Text enthalten (Esc leert)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Le&amp;vel:</source>
        <translation>S&amp;tufe:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group count</source>
        <translation>Anzahl der Gruppen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export CSV...</source>
        <translation>CSV e&amp;xportieren...</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../ui/person/personpage.ui" line="+11"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Primary group:</source>
        <translation>Primäre Gruppe:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Primary group</source>
        <translation>Primäre Gruppe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Person state</source>
        <translation>Zustand der Person</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Member Of</source>
        <translation>&amp;Mitglied von</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Filter groups</source>
        <translation>Gruppen filtern</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Shows the groups whose name or slug holds this text (Esc clears)</source>
        <translation>Zeigt die Gruppen, deren Name oder Slug diesen Text enthält (Esc leert)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Group count</source>
        <translation>Anzahl der Gruppen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Member Of messages</source>
        <translation>Meldungen zu „Mitglied von“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Member Of</source>
        <translation>Mitglied von</translation>
    </message>
</context>
<context>
    <name>ReviewListDialog</name>
    <message>
        <location filename="../ui/review/reviewlistdialog.ui" line="+6"/>
        <source>Open Access Review</source>
        <translation>Zugriffsüberprüfung öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reviews of this connection:</source>
        <translation>Ü&amp;berprüfungen dieser Verbindung:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reviews</source>
        <translation>Überprüfungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the selected review (F2)</source>
        <translation>Die ausgewählte Überprüfung umbenennen (F2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete...</source>
        <translation>&amp;Löschen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected reviews with their decisions (asks first); the server is not changed</source>
        <translation>Die ausgewählten Überprüfungen mit ihren Entscheidungen löschen (fragt vorher); der Server wird nicht geändert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No review yet: start one with Group &gt; Start Access Review...</source>
        <translation>Noch keine Überprüfung: Beginnen Sie eine mit Gruppe &gt; Zugriffsüberprüfung starten...</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../ui/review/reviewwindow.ui" line="+12"/>
        <source>Filter by name, username, e-mail, id or group</source>
        <translation>Nach Name, Benutzername, E-Mail, ID oder Gruppe filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undecided only</source>
        <translation>Nur &amp;unentschiedene</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Deactivated only</source>
        <translation>Nur &amp;deaktivierte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Indirect only</source>
        <translation>Nur &amp;indirekte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the people who reach a group through a group it is shared with</source>
        <translation>Nur die Personen, die eine Gruppe über eine Gruppe erreichen, für die sie freigegeben ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show re&amp;tired</source>
        <translation>Ausgeschiedene &amp;zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the rows whose grant a later read of the server no longer found</source>
        <translation>Die Zeilen zeigen, deren Berechtigung ein späteres Lesen des Servers nicht mehr gefunden hat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What changed on the server</source>
        <translation>Was sich auf dem Server geändert hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What could not be read</source>
        <translation>Was nicht gelesen werden konnte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grants to review</source>
        <translation>Zu überprüfende Berechtigungen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Progress of the review</source>
        <translation>Fortschritt der Überprüfung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the server</source>
        <translation>Lesen vom Server</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Groups read</source>
        <translation>Gelesene Gruppen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report written</source>
        <translation>Bericht geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report %p%</source>
        <translation>Bericht %p%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop Report</source>
        <translation>Bericht anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop writing the report: no file is left</source>
        <translation>Das Schreiben des Berichts anhalten: Es bleibt keine Datei zurück</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading the server: the groups read so far are kept</source>
        <translation>Das Lesen vom Server anhalten: Die bisher gelesenen Gruppen bleiben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Review</source>
        <translation>Über&amp;prüfung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Decide</source>
        <translation>&amp;Entscheiden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Review toolbar</source>
        <translation>Werkzeugleiste der Überprüfung</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the selected grants as they are (K); the cursor moves to the next row</source>
        <translation>Die ausgewählten Berechtigungen so behalten (K); der Cursor geht zur nächsten Zeile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected grants when the review is applied (R): a member from the group, a share revoked, a person reaching the group through another from that group</source>
        <translation>Die ausgewählten Berechtigungen beim Anwenden entfernen (R): ein Mitglied aus der Gruppe, eine Freigabe widerrufen, eine Person, die die Gruppe über eine andere erreicht, aus jener Gruppe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lower to Read</source>
        <translation>Auf &amp;Lesen herabsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To Read</source>
        <translation>Auf Lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower the selected shares to read when the review is applied (L; Shift+L lowers to write)</source>
        <translation>Die ausgewählten Freigaben beim Anwenden auf Lesen herabsetzen (L; Umschalt+L setzt auf Schreiben herab)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lower to &amp;Write</source>
        <translation>Auf &amp;Schreiben herabsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To Write</source>
        <translation>Auf Schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower the selected shares held at manage to write when the review is applied (Shift+L; L lowers to read)</source>
        <translation>Die ausgewählten Freigaben mit Verwalten beim Anwenden auf Schreiben herabsetzen (Umschalt+L; L setzt auf Lesen herab)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undecided</source>
        <translation>Entscheidung &amp;zurücknehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the decision back on the selected grants (Backspace)</source>
        <translation>Die Entscheidung zu den ausgewählten Berechtigungen zurücknehmen (Rücktaste)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit &amp;Note</source>
        <translation>&amp;Notiz bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write why, for the report (N): Enter keeps it, Esc leaves it as it was</source>
        <translation>Den Grund für den Bericht notieren (N): Eingabe übernimmt, Esc lässt alles wie es war</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;load from Server</source>
        <translation>Vom Server neu &amp;laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the groups again: what was added on the server since is added, what went is marked retired; decisions stay</source>
        <translation>Die Gruppen erneut lesen: Was seither auf dem Server hinzukam, wird hinzugefügt, was weg ist, als ausgeschieden markiert; Entscheidungen bleiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Apply...</source>
        <translation>&amp;Anwenden...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make every Remove and Lower not yet made, as one change in the Changes dock (one undo step); asks first</source>
        <translation>Jedes noch nicht ausgeführte Entfernen und Herabsetzen ausführen, als eine Änderung im Änderungen-Dock (ein Rückgängig-Schritt); fragt vorher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mark Completed</source>
        <translation>Als abgeschlossen &amp;markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the review completed, for the report</source>
        <translation>Die Überprüfung mit Datum als abgeschlossen vermerken, für den Bericht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;CSV...</source>
        <translation>&amp;CSV exportieren...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every grant with its decision, note and outcome as a CSV file</source>
        <translation>Jede Berechtigung mit Entscheidung, Notiz und Ergebnis als CSV-Datei speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;PDF...</source>
        <translation>&amp;PDF exportieren...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report...</source>
        <translation>Bericht...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report an auditor files: the review, a summary per group and every decision with its note and outcome</source>
        <translation>Den Bericht für die Prüfer speichern: die Überprüfung, eine Zusammenfassung je Gruppe und jede Entscheidung mit Notiz und Ergebnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this window: every decision is saved already</source>
        <translation>Dieses Fenster schließen: Jede Entscheidung ist bereits gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every keyboard shortcut of the review window</source>
        <translation>Alle Tastenkürzel des Überprüfungsfensters</translation>
    </message>
</context>
<context>
    <name>SharingTab</name>
    <message>
        <location filename="../ui/sharing/sharingtab.ui" line="+11"/>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the people and groups whose name holds this text (Esc clears)</source>
        <translation>Zeigt die Personen und Gruppen, deren Name diesen Text enthält (Esc leert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter shares</source>
        <translation>Freigaben filtern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Share totals</source>
        <translation>Summen der Freigaben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes not made</source>
        <translation>Nicht ausgeführte Änderungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shares</source>
        <translation>Freigaben</translation>
    </message>
</context>
<context>
    <name>StartReviewDialog</name>
    <message>
        <location filename="../ui/review/startreviewdialog.ui" line="+6"/>
        <source>Start Access Review</source>
        <translation>Zugriffsüberprüfung starten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Q4 2026 finance groups</source>
        <translation>Finanzgruppen Q4 2026</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Groups in scope</source>
        <translation>Zu überprüfende Gruppen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;These groups:</source>
        <translation>&amp;Diese Gruppen:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every group I &amp;manage</source>
        <translation>Jede Gruppe, die ich &amp;verwalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The groups you hold Manage on, listed from the server when the review starts</source>
        <translation>Die Gruppen, auf denen Sie Verwalten haben, beim Start der Überprüfung vom Server aufgelistet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>M&amp;embers</source>
        <translation>&amp;Mitglieder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shares to &amp;people</source>
        <translation>Freigaben an &amp;Personen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shares to &amp;groups</source>
        <translation>Freigaben an &amp;Gruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The groups each group is shared with, and the members who reach it through them</source>
        <translation>Die Gruppen, für die jede Gruppe freigegeben ist, und die Mitglieder, die sie über diese erreichen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What is missing</source>
        <translation>Was fehlt</translation>
    </message>
</context>
<context>
    <name>UserPickerDialog</name>
    <message>
        <location filename="../ui/users/userpickerdialog.ui" line="+14"/>
        <source>Pick People</source>
        <translation>Personen auswählen</translation>
    </message>
</context>
<context>
    <name>UserPickerWidget</name>
    <message>
        <location filename="../ui/users/userpickerwidget.ui" line="+33"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Matches name, username or e-mail, on the server. Down moves into the list; Esc clears.</source>
        <translation>Passt auf Name, Benutzername oder E-Mail, auf dem Server. Pfeil nach unten wechselt in die Liste; Esc leert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the directory</source>
        <translation>Das Verzeichnis durchsuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name, username or e-mail</source>
        <translation>Name, Benutzername oder E-Mail</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;how:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Which accounts the directory lists</source>
        <translation>Welche Konten das Verzeichnis auflistet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account status</source>
        <translation>Kontostatus</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Pick the people selected in the directory (Enter or double-click)</source>
        <translation>Die im Verzeichnis markierten Personen übernehmen (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unpick the people selected in the picked list (Delete)</source>
        <translation>Die in der Liste markierten Personen wieder abwählen (Entf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Picked:</source>
        <translation>&amp;Ausgewählt:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Picked people</source>
        <translation>Ausgewählte Personen</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../ui/users/userspanel.ui" line="+13"/>
        <source>Search people by name, username or e-mail</source>
        <translation>Name, Benutzername oder E-Mail suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search people</source>
        <translation>Personen suchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which accounts to list: active, deactivated or all</source>
        <translation>Welche Konten aufgelistet werden: aktive, deaktivierte oder alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account status</source>
        <translation>Kontostatus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Members &amp;of group...</source>
        <translation>Mitglieder v&amp;on Gruppe...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the members of a group you pick</source>
        <translation>Nur die Mitglieder einer Gruppe Ihrer Wahl</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List everyone again, whatever their groups</source>
        <translation>Wieder alle auflisten, unabhängig von ihren Gruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the group filter</source>
        <translation>Gruppenfilter aufheben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add the selected people</source>
        <translation>Die ausgewählten Personen hinzufügen</translation>
    </message>
</context>
</TS>
