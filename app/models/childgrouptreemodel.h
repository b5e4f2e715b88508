#pragma once

// ChildGroupTreeModel: to be written (issue 4).
