#include "grouplistmodel.h"
