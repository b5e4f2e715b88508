#pragma once

// GroupListModel: to be written (issue 4).
