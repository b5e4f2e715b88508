#pragma once

// UserDirectoryModel: to be written (issue 4).
