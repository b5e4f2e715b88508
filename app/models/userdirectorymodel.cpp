#include "userdirectorymodel.h"
