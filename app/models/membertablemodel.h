#pragma once

// MemberTableModel: to be written (issue 4).
