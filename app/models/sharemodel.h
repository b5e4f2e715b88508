#pragma once

// ShareModel: to be written (issue 4).
