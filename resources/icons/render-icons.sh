#!/usr/bin/env bash
# Renders the committed PNGs of resources/icons/ (run it after changing the app icon's SVG or the
# list of action icons below; the build itself needs no SVG renderer):
#   hicolor/<N>x<N>/apps/  the application icon at the sizes desktops ask for, from app/*.svg;
#   civis-breeze/          the fallback icon theme compiled into the binary: the action icons
#                          the app asks QIcon::fromTheme for, from Debian's breeze-icon-theme.
# Needs librsvg2-bin (rsvg-convert) and breeze-icon-theme.
set -euo pipefail
cd "$(dirname "$0")"

app_id=org.civisgroupsadmin.CivisGroupsAdmin
for size in 16 24 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "app/$app_id.svg" -o "hicolor/${size}x${size}/apps/$app_id.png"
done

# name the app asks for = Breeze's file (context/size-less), for the few Breeze names differently.
# The list is exactly `grep -rn "fromTheme\|themeIcon" ui app`'s names; check-icons.sh keeps it so.
breeze=/usr/share/icons/breeze
declare -A renamed=(
    [emblem-ok]=emblems/@/emblem-checked
    [view-conceal-symbolic]=actions/@/view-hidden
    [view-reveal-symbolic]=actions/@/view-visible
    [avatar-default]=actions/@/user-identity
    [help-keyboard-shortcuts]=devices/@/input-keyboard
)
names=(
    application-exit avatar-default contact-new dialog-error dialog-information dialog-ok
    dialog-question dialog-warning document-edit document-export document-open document-save document-save-as
    document-share edit-clear edit-copy edit-delete edit-find edit-paste edit-redo edit-undo emblem-ok folder
    go-down go-jump go-next help-about help-keyboard-shortcuts list-add list-add-user list-remove media-playback-pause
    media-playback-start network-connect process-stop system-users user-identity
    view-conceal-symbolic view-list-tree view-refresh view-restore view-reveal-symbolic view-split-left-right
    view-task window-close
)
# The Breeze file drawn for a size (16 or 22), else the nearest one drawn larger.
source_of() {
    local name=$1 size=$2 pattern candidate
    for candidate in "$size" 22 32 48 64; do
        ((candidate >= size)) || continue
        if [[ -n ${renamed[$name]:-} ]]; then
            pattern="$breeze/${renamed[$name]/@/$candidate}.svg"
            [[ -e $pattern ]] && { readlink -f "$pattern"; return; }
        else
            for pattern in "$breeze"/*/"$candidate/$name.svg"; do
                [[ -e $pattern ]] && { readlink -f "$pattern"; return; }
            done
        fi
    done
    echo "no Breeze icon for $name at $size" >&2
    return 1
}
rm -rf civis-breeze/16 civis-breeze/16@2x civis-breeze/22 civis-breeze/22@2x
mkdir -p civis-breeze/16 civis-breeze/16@2x civis-breeze/22 civis-breeze/22@2x
for name in "${names[@]}"; do
    for size in 16 22; do
        svg=$(source_of "$name" "$size")
        rsvg-convert -w "$size" -h "$size" "$svg" -o "civis-breeze/$size/$name.png"
        rsvg-convert -w $((size * 2)) -h $((size * 2)) "$svg" -o "civis-breeze/$size@2x/$name.png"
    done
done
# Smaller files, same pixels (optipng is optional).
if command -v optipng >/dev/null; then
    optipng -quiet -o5 hicolor/*/apps/*.png civis-breeze/*/*.png
fi
